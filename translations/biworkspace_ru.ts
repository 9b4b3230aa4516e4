<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApiError</name>
    <message>
        <source>The connector still has sources. Delete its sources first.</source>
        <translation>У коннектора ещё есть источники. Сначала удалите их.</translation>
    </message>
    <message>
        <source>The source still has datasets. Delete its datasets first.</source>
        <translation>У источника ещё есть датасеты. Сначала удалите их.</translation>
    </message>
    <message>
        <source>A table with this name already exists on the portal.</source>
        <translation>Таблица с таким названием уже есть на портале.</translation>
    </message>
    <message>
        <source>The portal does not know this method. Its version may be older than this feature.</source>
        <translation>Портал не знает этот метод. Возможно, версия портала старше этой функции.</translation>
    </message>
    <message>
        <source>The portal could not connect to the connector with these settings, so the source was not created.</source>
        <translation>Портал не смог подключиться к коннектору с этими настройками, поэтому источник не создан.</translation>
    </message>
    <message>
        <source>The portal could not connect to the connector with these settings, so the source was not changed.</source>
        <translation>Портал не смог подключиться к коннектору с этими настройками, поэтому источник не изменён.</translation>
    </message>
    <message>
        <source>The portal did not receive any sign-in data.</source>
        <translation>Портал не получил данных для входа.</translation>
    </message>
    <message>
        <source>The portal did not accept the sign-in. Sign in again.</source>
        <translation>Портал не принял вход. Войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the portal again.</source>
        <translation>Срок действия входа истёк, или доступ был отозван. Войдите на портал снова.</translation>
    </message>
    <message>
        <source>The application lacks the &quot;biconnector&quot; permission on this portal.</source>
        <translation>У приложения нет права «biconnector» на этом портале.</translation>
    </message>
    <message>
        <source>Access denied. The account needs access to BI Builder and the Analytics Hub, and the portal must be called as an application, not a webhook.</source>
        <translation>Доступ запрещён. Учётной записи нужен доступ к BI-конструктору и к рабочему месту аналитика, а обращаться к порталу нужно от имени приложения, а не через вебхук.</translation>
    </message>
    <message>
        <source>The object was not found. It may have been deleted, or it belongs to another application.</source>
        <translation>Объект не найден. Возможно, он удалён или принадлежит другому приложению.</translation>
    </message>
    <message>
        <source>The portal rejected the input.</source>
        <translation>Портал отклонил введённые данные.</translation>
    </message>
    <message>
        <source>The portal refused the change because of related objects.</source>
        <translation>Портал отказался вносить изменение из-за связанных объектов.</translation>
    </message>
    <message>
        <source>The portal could not connect to the connector.</source>
        <translation>Портал не смог подключиться к коннектору.</translation>
    </message>
    <message>
        <source>The portal is limiting the request rate. Try again in a moment.</source>
        <translation>Портал ограничивает частоту запросов. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The portal has temporarily blocked this method because it used too much server time.</source>
        <translation>Портал временно заблокировал этот метод: он занял слишком много серверного времени.</translation>
    </message>
    <message>
        <source>The portal failed to process the request.</source>
        <translation>Портал не смог обработать запрос.</translation>
    </message>
    <message>
        <source>The portal could not be reached. Check the network connection.</source>
        <translation>Не удалось связаться с порталом. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>Портал не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The portal sent a reply that could not be understood.</source>
        <translation>Портал прислал ответ, который не удалось разобрать.</translation>
    </message>
    <message>
        <source>The reply was lost, so it is unknown whether the change was made. Refresh before trying again.</source>
        <translation>Ответ потерян, поэтому неизвестно, внесено ли изменение. Обновите данные, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The portal reported an error.</source>
        <translation>Портал сообщил об ошибке.</translation>
    </message>
    <message>
        <source>%1 The portal says: %2</source>
        <translation>%1 Ответ портала: %2</translation>
    </message>
    <message>
        <source>The portal address uses unencrypted http://, so nothing was sent: sign-in data travels only over https:// (plain http:// is allowed only for this computer). Use the portal&apos;s https:// address.</source>
        <translation>Адрес портала использует незашифрованный http://, поэтому ничего не отправлено: данные входа передаются только по https:// (обычный http:// допускается только для этого компьютера). Укажите адрес портала с https://.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed: its certificate could not be verified (%1). Nothing was sent. Check the address, or ask the portal&apos;s administrator to fix the certificate.</source>
        <translation>Не удалось установить защищённое соединение с порталом: его сертификат не прошёл проверку (%1). Ничего не отправлено. Проверьте адрес или попросите администратора портала исправить сертификат.</translation>
    </message>
</context>
<context>
    <name>AppSetupPage</name>
    <message>
        <source>This is not a web address. Enter it like https://yourcompany.bitrix24.com.</source>
        <translation>Это не веб-адрес. Введите его в виде https://yourcompany.bitrix24.ru.</translation>
    </message>
    <message>
        <source>Use an address that starts with https://.</source>
        <translation>Укажите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>BI Workspace talks to portals over HTTPS only. Use the https:// address.</source>
        <translation>BI Workspace работает с порталами только по HTTPS. Укажите адрес https://.</translation>
    </message>
    <message>
        <source>Create a local application in Bitrix24</source>
        <translation>Создайте локальное приложение в Битрикс24</translation>
    </message>
    <message>
        <source>BI Workspace signs in to your portal as a local application of your own. Create it once per portal; it takes a minute.</source>
        <translation>BI Workspace входит на портал как ваше собственное локальное приложение. Создайте его один раз для каждого портала — это займёт минуту.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: -20px;&quot;&gt;&lt;li&gt;In Bitrix24, open &lt;b&gt;Developer resources → Other → Local application&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose a &lt;b&gt;server-side&lt;/b&gt; application and tick &lt;b&gt;Script only (no user interface)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the address below into &lt;b&gt;Your handler path&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Assign permissions&lt;/b&gt;, select &lt;b&gt;BI Builder (biconnector)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Save. Bitrix24 shows the &lt;b&gt;Application ID&lt;/b&gt; (client_id) and the &lt;b&gt;Application key&lt;/b&gt; (client_secret): you need both on the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: -20px;&quot;&gt;&lt;li&gt;В Битрикс24 откройте &lt;b&gt;Разработчикам → Другое → Локальное приложение&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Выберите &lt;b&gt;серверное&lt;/b&gt; приложение и отметьте &lt;b&gt;Использует только API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Вставьте адрес ниже в поле &lt;b&gt;Путь вашего обработчика&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;В разделе &lt;b&gt;Настройка прав&lt;/b&gt; выберите &lt;b&gt;BI-конструктор (biconnector)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Сохраните. Битрикс24 покажет &lt;b&gt;код приложения&lt;/b&gt; (client_id) и &lt;b&gt;ключ приложения&lt;/b&gt; (client_secret): оба понадобятся на следующей странице.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Handler path:</source>
        <translation>Путь обработчика:</translation>
    </message>
    <message>
        <source>Change the port only if another program on this computer uses it. Then update the handler path in Bitrix24 too.</source>
        <translation>Меняйте порт, только если его занимает другая программа на этом компьютере. Тогда измените и путь обработчика в Битрикс24.</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Порт на этом компьютере:</translation>
    </message>
    <message>
        <source>The handler address points to this computer: after you allow access in the browser, the portal sends the sign-in back to BI Workspace through it.</source>
        <translation>Адрес обработчика указывает на этот компьютер: после того как вы разрешите доступ в браузере, портал через него вернёт данные входа в BI Workspace.</translation>
    </message>
</context>
<context>
    <name>ApplicationSetup</name>
    <message>
        <source>Analyst&apos;s workspace for the Bitrix24 BI connector API.</source>
        <translation>Рабочее место аналитика для API BI-коннекторов Битрикс24.</translation>
    </message>
    <message>
        <source>Start on the built-in demo portal (a local sandbox).</source>
        <translation>Запустить со встроенным демо-порталом (локальная песочница).</translation>
    </message>
    <message>
        <source>User interface language (en, ru).</source>
        <translation>Язык интерфейса (en, ru).</translation>
    </message>
</context>
<context>
    <name>ColorTagCombo</name>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
</context>
<context>
    <name>ConfigurationActions</name>
    <message>
        <source>&amp;Export configuration…</source>
        <translation>&amp;Экспорт конфигурации…</translation>
    </message>
    <message>
        <source>&amp;Import configuration…</source>
        <translation>&amp;Импорт конфигурации…</translation>
    </message>
    <message>
        <source>Save connectors, sources and datasets to a file, without secrets</source>
        <translation>Сохранить коннекторы, источники и датасеты в файл — без секретов</translation>
    </message>
    <message>
        <source>Recreate connectors, sources and datasets from an exported file on this portal</source>
        <translation>Создать на этом портале коннекторы, источники и датасеты из экспортированного файла</translation>
    </message>
    <message>
        <source>Configuration saved to %1.</source>
        <translation>Конфигурация сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>ConfigurationDocument</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the key is missing</source>
        <translation>ключ отсутствует</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>ожидается список</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>«%1» нельзя импортировать: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>это некорректный JSON (%1, байт %2).</translation>
    </message>
    <message>
        <source>it is not a configuration file.</source>
        <translation>это не файл конфигурации.</translation>
    </message>
    <message>
        <source>it is not a BI Workspace configuration file.</source>
        <translation>это не файл конфигурации BI Workspace.</translation>
    </message>
    <message>
        <source>the file has no valid format version.</source>
        <translation>в файле нет корректной версии формата.</translation>
    </message>
    <message>
        <source>it was written by a newer version of BI Workspace (format version %1; this version reads up to %2).</source>
        <translation>он записан более новой версией BI Workspace (версия формата %1; эта версия читает до %2).</translation>
    </message>
</context>
<context>
    <name>ConfigurationExportDialog</name>
    <message>
        <source>&amp;Include source setting values (passwords, tokens, …)</source>
        <translation>&amp;Включить значения настроек источников (пароли, токены, …)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Экспорт конфигурации</translation>
    </message>
    <message>
        <source>Connectors are exported with their sources, datasets and columns. A file without setting values can be shared safely: nobody can connect with it.</source>
        <translation>Коннекторы экспортируются вместе с источниками, датасетами и полями. Файлом без значений настроек можно делиться: подключиться с ним нельзя.</translation>
    </message>
    <message>
        <source>&amp;Connectors to export:</source>
        <translation>&amp;Коннекторы для экспорта:</translation>
    </message>
    <message>
        <source>The file will contain the sources&apos; passwords and tokens in plain text. Keep it private and delete it after the import.</source>
        <translation>Файл будет содержать пароли и токены источников в открытом виде. Не передавайте его посторонним и удалите после импорта.</translation>
    </message>
    <message>
        <source>Loading the connectors…</source>
        <translation>Загрузка коннекторов…</translation>
    </message>
    <message>
        <source>The connectors could not be loaded: %1</source>
        <translation>Не удалось загрузить коннекторы: %1</translation>
    </message>
    <message>
        <source>This portal has no connectors to export.</source>
        <translation>На этом портале нет коннекторов для экспорта.</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n connector(s); choose where to save the file.</source>
        <translation>
            <numerusform>Прочитан %n коннектор; выберите, куда сохранить файл.</numerusform>
            <numerusform>Прочитано %n коннектора; выберите, куда сохранить файл.</numerusform>
            <numerusform>Прочитано %n коннекторов; выберите, куда сохранить файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>Сохранить конфигурацию</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the configuration…</source>
        <translation>Чтение конфигурации…</translation>
    </message>
    <message>
        <source>Could not save the configuration to %1: %2</source>
        <translation>Не удалось сохранить конфигурацию в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n connector(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %n коннектор в %1.</numerusform>
            <numerusform>Сохранено %n коннектора в %1.</numerusform>
            <numerusform>Сохранено %n коннекторов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>ConfigurationExporter</name>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>Не удалось прочитать конфигурацию: %1</translation>
    </message>
</context>
<context>
    <name>ConnectPortalWizard</name>
    <message>
        <source>Connect a portal</source>
        <translation>Подключение портала</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckView</name>
    <message>
        <source>C&amp;heck connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Call the connector&apos;s check URL from this computer with these settings, the way the portal does.</source>
        <translation>Вызвать адрес проверки коннектора с этого компьютера с этими настройками — так же, как это делает портал.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation>Отменить &amp;проверку</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>ConnectorActions</name>
    <message>
        <source>&amp;Connector…</source>
        <translation>&amp;Коннектор…</translation>
    </message>
    <message>
        <source>&amp;Delete connector…</source>
        <translation>&amp;Удалить коннектор…</translation>
    </message>
    <message>
        <source>&amp;Test endpoints…</source>
        <translation>Проверить &amp;эндпоинты…</translation>
    </message>
    <message>
        <source>Create a connector with the New connector wizard</source>
        <translation>Создать коннектор с помощью мастера «Новый коннектор»</translation>
    </message>
    <message>
        <source>Delete the selected connector (Del)</source>
        <translation>Удалить выбранный коннектор (Del)</translation>
    </message>
    <message>
        <source>Call the connector&apos;s endpoints the way the portal does and check the answers</source>
        <translation>Вызвать эндпоинты коннектора так же, как это делает портал, и проверить ответы</translation>
    </message>
    <message>
        <source>Connector “%1” saved.</source>
        <translation>Коннектор «%1» сохранён.</translation>
    </message>
    <message>
        <source>&amp;Test endpoints with this source&apos;s settings…</source>
        <translation>Проверить &amp;эндпоинты с настройками этого источника…</translation>
    </message>
    <message>
        <source>Connector created</source>
        <translation>Коннектор создан</translation>
    </message>
    <message>
        <source>Checking what depends on connector “%1”…</source>
        <translation>Проверка объектов, зависящих от коннектора «%1»…</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Удаление коннектора</translation>
    </message>
    <message>
        <source>Could not find out what depends on “%1”: %2</source>
        <translation>Не удалось выяснить, что зависит от «%1»: %2</translation>
    </message>
    <message>
        <source>Delete connector “%1”? It has no sources. This cannot be undone.</source>
        <translation>Удалить коннектор «%1»? У него нет источников. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Connector “%1” deleted.</source>
        <translation>Коннектор «%1» удалён.</translation>
    </message>
    <message>
        <source>Connector not deleted</source>
        <translation>Коннектор не удалён</translation>
    </message>
    <message>
        <source>The portal refused to delete “%1”: %2

Sources were added after the check. Show what depends on the connector now?</source>
        <translation>Портал отказался удалить «%1»: %2

После проверки были добавлены источники. Показать, что сейчас зависит от коннектора?</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>Не удалось удалить «%1»: %2</translation>
    </message>
    <message>
        <source>Connector “%1” and everything under it deleted.</source>
        <translation>Коннектор «%1» и всё, что в нём было, удалены.</translation>
    </message>
    <message>
        <source>Loading the connector…</source>
        <translation>Загрузка коннектора…</translation>
    </message>
    <message>
        <source>Test endpoints</source>
        <translation>Проверка эндпоинтов</translation>
    </message>
    <message>
        <source>The connector could not be loaded: %1</source>
        <translation>Не удалось загрузить коннектор: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorBasicsEditor</name>
    <message>
        <source>The connector maps column names (mapFields is sent to urlData)</source>
        <translation>Коннектор сопоставляет названия столбцов (в urlData передаётся mapFields)</translation>
    </message>
    <message>
        <source>Shown to users when they create a connection</source>
        <translation>Показывается пользователям при создании подключения</translation>
    </message>
    <message>
        <source>Position among the connectors: lower numbers come first (the portal&apos;s default is 100).</source>
        <translation>Позиция среди коннекторов: меньшие числа идут первыми (по умолчанию на портале — 100).</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Сортировка:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>Another connector of this application is already called “%1”.</source>
        <translation>У этого приложения уже есть коннектор с названием «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectorBasicsPage</name>
    <message>
        <source>Connector</source>
        <translation>Коннектор</translation>
    </message>
    <message>
        <source>How the connector appears to users who create a connection with it. The portal requires a title and a logo.</source>
        <translation>Как коннектор видят пользователи, создающие с ним подключение. Портал требует название и логотип.</translation>
    </message>
</context>
<context>
    <name>ConnectorContractReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Endpoint: `%1` %2</source>
        <translation>Эндпоинт: `%1` %2</translation>
    </message>
    <message>
        <source>Request (form-encoded POST): `%1`</source>
        <translation>Запрос (POST с данными формы): `%1`</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-статус: %1</translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation>Нет HTTP-ответа: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Размер: %1</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Тип содержимого: %1</translation>
    </message>
    <message>
        <source>Protocol violations:</source>
        <translation>Нарушения протокола:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Response body (first %1):</source>
        <translation>Тело ответа (первые %1):</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Тело ответа:</translation>
    </message>
    <message>
        <source>Endpoint contract test: %1</source>
        <translation>Проверка эндпоинтов на соответствие протоколу: %1</translation>
    </message>
    <message>
        <source>Run at: %1</source>
        <translation>Время запуска: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Настройки: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Search string: “%1”</source>
        <translation>Строка поиска: «%1»</translation>
    </message>
    <message>
        <source>Result: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <translation>Итог: пройдено — %1, с предупреждениями — %2, не пройдено — %3, пропущено — %4</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Эндпоинт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>ConnectorContractTest</name>
    <message>
        <source>Check the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>List tables</source>
        <translation>Список таблиц</translation>
    </message>
    <message>
        <source>Describe a table</source>
        <translation>Описание таблицы</translation>
    </message>
    <message>
        <source>Read data</source>
        <translation>Чтение данных</translation>
    </message>
    <message>
        <source>Refuse wrong settings</source>
        <translation>Отказ при неверных настройках</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не пройден</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Not run: the test was canceled.</source>
        <translation>Не выполнен: проверка отменена.</translation>
    </message>
    <message>
        <source>The connector has no %1.</source>
        <translation>У коннектора не задан %1.</translation>
    </message>
    <message>
        <source>No table to use: the table list returned none and no table was chosen.</source>
        <translation>Нет таблицы для проверки: список таблиц пуст, и таблица не выбрана.</translation>
    </message>
    <message>
        <source>The connector declares no settings, so there are no credentials to get wrong.</source>
        <translation>Коннектор не объявляет настроек, поэтому нечего подставлять неверно.</translation>
    </message>
    <message>
        <source>Canceled while waiting for the endpoint.</source>
        <translation>Отменено во время ожидания ответа эндпоинта.</translation>
    </message>
    <message>
        <source>The endpoint could not be reached, so the refusal of wrong settings is unknown.</source>
        <translation>Эндпоинт недоступен, поэтому неизвестно, отказывает ли он при неверных настройках.</translation>
    </message>
    <message>
        <source>urlCheck accepted deliberately wrong setting values (HTTP %1 with a non-empty body): the portal would create sources with any credentials. Answer a non-200 status or an empty body when the credentials are wrong.</source>
        <translation>urlCheck принял заведомо неверные значения настроек (HTTP %1 с непустым телом): портал создавал бы источники с любыми учётными данными. При неверных учётных данных отвечайте статусом, отличным от 200, или пустым телом.</translation>
    </message>
    <message>
        <source>urlCheck refused the wrong values (HTTP %1), as it should.</source>
        <translation>urlCheck отклонил неверные значения (HTTP %1), как и положено.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol violation(s): the portal would reject this answer.</source>
        <translation>
            <numerusform>%n нарушение протокола: портал отклонил бы этот ответ.</numerusform>
            <numerusform>%n нарушения протокола: портал отклонил бы этот ответ.</numerusform>
            <numerusform>%n нарушений протокола: портал отклонил бы этот ответ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal would accept the connection (HTTP %1).</source>
        <translation>Портал принял бы подключение (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) listed.</source>
        <translation>
            <numerusform>В списке %n таблица.</numerusform>
            <numerusform>В списке %n таблицы.</numerusform>
            <numerusform>В списке %n таблиц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table “%1”: %n column(s).</source>
        <translation>
            <numerusform>Таблица «%1»: %n столбец.</numerusform>
            <numerusform>Таблица «%1»: %n столбца.</numerusform>
            <numerusform>Таблица «%1»: %n столбцов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table “%1”: a header of %2 column(s) and %n row(s).</source>
        <translation>
            <numerusform>Таблица «%1»: %n строка, столбцов в заголовке: %2.</numerusform>
            <numerusform>Таблица «%1»: %n строки, столбцов в заголовке: %2.</numerusform>
            <numerusform>Таблица «%1»: %n строк, столбцов в заголовке: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n предупреждение.</numerusform>
            <numerusform>%n предупреждения.</numerusform>
            <numerusform>%n предупреждений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteDialog</name>
    <message>
        <source>Delete connector “%1”</source>
        <translation>Удаление коннектора «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The portal refuses to delete a connector that still has sources, and a source that still has datasets. “%1” has %n source(s) with %2 dataset(s):</source>
        <translation>
            <numerusform>Портал не удаляет коннектор, у которого есть источники, и источник, у которого есть датасеты. У «%1» %n источник (датасетов: %2):</numerusform>
            <numerusform>Портал не удаляет коннектор, у которого есть источники, и источник, у которого есть датасеты. У «%1» %n источника (датасетов: %2):</numerusform>
            <numerusform>Портал не удаляет коннектор, у которого есть источники, и источник, у которого есть датасеты. У «%1» %n источников (датасетов: %2):</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>Источник «%1»</translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation>Датасет «%1»</translation>
    </message>
    <message>
        <source>“Delete everything” deletes each source&apos;s datasets, then the source, and finally the connector, one at a time, and stops at the first error. This cannot be undone.</source>
        <translation>«Удалить всё» по очереди удаляет датасеты каждого источника, затем сам источник и в конце коннектор; при первой ошибке удаление останавливается. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>%v of %m deleted</source>
        <translation>Удалено %v из %m</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Удалить всё</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stopping after the running step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>Удаление: %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Connector “%1” and everything under it were deleted.</source>
        <translation>Коннектор «%1» и всё, что в нём было, удалены.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n deletion(s). Nothing else was deleted.</source>
        <translation>
            <numerusform>Остановлено после %n удаления. Больше ничего не удалено.</numerusform>
            <numerusform>Остановлено после %n удалений. Больше ничего не удалено.</numerusform>
            <numerusform>Остановлено после %n удалений. Больше ничего не удалено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1: %2 Stopped there; %n object(s) had been deleted before.</source>
        <translation>
            <numerusform>Не удалось удалить %1: %2 Удаление остановлено; до этого удалён %n объект.</numerusform>
            <numerusform>Не удалось удалить %1: %2 Удаление остановлено; до этого удалено %n объекта.</numerusform>
            <numerusform>Не удалось удалить %1: %2 Удаление остановлено; до этого удалено %n объектов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorDetailPane</name>
    <message>
        <source>&amp;Test endpoints…</source>
        <translation>Проверить &amp;эндпоинты…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Коннектор</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Эндпоинты</translation>
    </message>
    <message>
        <source>Settings schema</source>
        <translation>Схема настроек</translation>
    </message>
    <message>
        <source>Save the changes to the portal (%1)</source>
        <translation>Сохранить изменения на портале (%1)</translation>
    </message>
    <message>
        <source>Connector “%1”</source>
        <translation>Коннектор «%1»</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создан %1</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation>Нет подключения к порталу.</translation>
    </message>
    <message>
        <source>Correct the problems marked above before saving.</source>
        <translation>Перед сохранением исправьте отмеченные выше ошибки.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <source>Checking which sources store values for the removed settings…</source>
        <translation>Проверка, в каких источниках хранятся значения удалённых настроек…</translation>
    </message>
    <message>
        <source>The sources of this connector could not be checked (%1). If any of them stores a value for %2, the portal discards it when the schema no longer declares it.</source>
        <translation>Не удалось проверить источники этого коннектора (%1). Если какой-либо из них хранит значение для %2, портал удалит это значение, когда схема перестанет его объявлять.</translation>
    </message>
    <message numerus="yes">
        <source>The new settings schema no longer declares %1. The portal discards the values that %n source(s) store for them; they would have to be entered again.</source>
        <translation>
            <numerusform>Новая схема настроек больше не объявляет %1. Портал удалит значения, которые хранит для них %n источник; их придётся вводить заново.</numerusform>
            <numerusform>Новая схема настроек больше не объявляет %1. Портал удалит значения, которые хранят для них %n источника; их придётся вводить заново.</numerusform>
            <numerusform>Новая схема настроек больше не объявляет %1. Портал удалит значения, которые хранят для них %n источников; их придётся вводить заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source “%1” (ID %2): %3</source>
        <translation>Источник «%1» (ID %2): %3</translation>
    </message>
    <message>
        <source>Remove settings in use?</source>
        <translation>Удалить используемые настройки?</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The portal did not save the changes: %1</source>
        <translation>Портал не сохранил изменения: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved (the portal&apos;s reply was lost, but the connector has the new values).</source>
        <translation>Сохранено (ответ портала потерян, но у коннектора новые значения).</translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and the connector still has its old values: nothing was saved. Save again.</source>
        <translation>Ответ портала потерян, а у коннектора остались прежние значения: ничего не сохранено. Сохраните ещё раз.</translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointClient</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>Адрес эндпоинта «%1» не является корректным http(s) URL.</translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointRules</name>
    <message>
        <source>Plain http:// in %1: the portal would send the source&apos;s settings (credentials) unencrypted.</source>
        <translation>Незащищённый http:// в %1: портал будет передавать настройки источника (учётные данные) без шифрования.</translation>
    </message>
    <message>
        <source>Private or loopback host (%2) in %1: the portal refuses such addresses unless the option biconnector.allow_local_connections is on.</source>
        <translation>Частный или локальный адрес (%2) в %1: портал отклоняет такие адреса, если не включена опция biconnector.allow_local_connections.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an absolute http:// or https:// address.</source>
        <translation>Поле «%1» не содержит абсолютный адрес http:// или https://.</translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointsEditor</name>
    <message>
        <source>…/check, /tables, /describe, /data</source>
        <translation>…/check, /tables, /describe, /data</translation>
    </message>
    <message>
        <source>…?action=check|table_list|…</source>
        <translation>…?action=check|table_list|…</translation>
    </message>
    <message>
        <source>How the four URLs are derived from the base URL: one path per endpoint (as the sandbox sample connector), or an action parameter (as the official example connector: check, table_list, table_description, data).</source>
        <translation>Как четыре адреса получаются из базового URL: отдельный путь для каждого эндпоинта (как у демонстрационного коннектора песочницы) или параметр action (как у официального примера коннектора: check, table_list, table_description, data).</translation>
    </message>
    <message>
        <source>&amp;Check (urlCheck):</source>
        <translation>&amp;Проверка (urlCheck):</translation>
    </message>
    <message>
        <source>Table &amp;list (urlTableList):</source>
        <translation>&amp;Список таблиц (urlTableList):</translation>
    </message>
    <message>
        <source>Table d&amp;escription (urlTableDescription):</source>
        <translation>&amp;Описание таблицы (urlTableDescription):</translation>
    </message>
    <message>
        <source>&amp;Data (urlData):</source>
        <translation>&amp;Данные (urlData):</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Заполнить</translation>
    </message>
    <message>
        <source>Fill the four URLs below from the base URL</source>
        <translation>Заполнить четыре адреса ниже по базовому URL</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Эндпоинты</translation>
    </message>
    <message>
        <source>The four URLs the portal calls (POST, form-encoded). Enter a base URL to fill them in a conventional layout.</source>
        <translation>Четыре адреса, которые вызывает портал (POST с данными формы). Введите базовый URL, чтобы заполнить их по типовой схеме.</translation>
    </message>
</context>
<context>
    <name>ConnectorFindingsLabel</name>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
</context>
<context>
    <name>ConnectorLogo</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; a logo may be at most %3.</source>
        <translation>Размер «%1» — %2, а логотип может занимать не больше %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SVG, PNG or JPEG image.</source>
        <translation>«%1» не является изображением SVG, PNG или JPEG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>«%1» нельзя использовать: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Изображение SVG</translation>
    </message>
    <message>
        <source>%1, %2, embedded as a data: URI</source>
        <translation>%1, %2, встроено как data: URI</translation>
    </message>
</context>
<context>
    <name>ConnectorLogoPicker</name>
    <message>
        <source>Image file</source>
        <translation>Файл изображения</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The portal requires a logo: choose an image file or enter its URL.</source>
        <translation>Портал требует логотип: выберите файл изображения или укажите его URL.</translation>
    </message>
    <message>
        <source>No image chosen (SVG, PNG or JPEG, at most 512 KB)</source>
        <translation>Изображение не выбрано (SVG, PNG или JPEG, не больше 512 КБ)</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>No settings: sources of this connector will send no connection[…] values.</source>
        <translation>Настроек нет: источники этого коннектора не будут передавать значения connection[…].</translation>
    </message>
    <message>
        <source>Setting %1, %2: %3</source>
        <translation>Настройка %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsModel</name>
    <message>
        <source>The code &quot;%1&quot; is already used by setting %2.</source>
        <translation>Код «%1» уже используется в настройке %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>What users fill in for each connection (credentials, account ids…). The portal sends the values to every endpoint as connection[code]. Types are STRING or INT.</source>
        <translation>Что пользователи заполняют для каждого подключения (учётные данные, идентификаторы аккаунтов…). Портал передаёт значения каждому эндпоинту как connection[code]. Типы: STRING или INT.</translation>
    </message>
</context>
<context>
    <name>ConnectorSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>This is what biconnector.connector.add will receive. The portal does not contact the endpoints when the connector is created.</source>
        <translation>Эти данные получит biconnector.connector.add. При создании коннектора портал не обращается к эндпоинтам.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>did not pass — see the Test page</source>
        <translation>не пройдена — см. страницу «Проверка»</translation>
    </message>
    <message>
        <source>Endpoint test</source>
        <translation>Проверка эндпоинтов</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n символ)</numerusform>
            <numerusform>… (%n символа)</numerusform>
            <numerusform>… (%n символов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request: biconnector.connector.add</source>
        <translation>Запрос: biconnector.connector.add</translation>
    </message>
</context>
<context>
    <name>ConnectorTestPage</name>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Запустить проверку</translation>
    </message>
    <message>
        <source>Test (optional)</source>
        <translation>Проверка (необязательно)</translation>
    </message>
    <message>
        <source>Enter sample values and call the endpoints from this computer the way the portal will. Nothing is stored; you can skip this page.</source>
        <translation>Введите пробные значения и вызовите эндпоинты с этого компьютера так же, как это будет делать портал. Ничего не сохраняется; эту страницу можно пропустить.</translation>
    </message>
    <message>
        <source>not sent when empty</source>
        <translation>не передаётся, если пусто</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Пробные значения</translation>
    </message>
    <message>
        <source>Search &amp;string (urlTableList):</source>
        <translation>Строка &amp;поиска (urlTableList):</translation>
    </message>
    <message>
        <source>sample values</source>
        <translation>пробные значения</translation>
    </message>
</context>
<context>
    <name>ConnectorWizard</name>
    <message>
        <source>New connector</source>
        <translation>Новый коннектор</translation>
    </message>
    <message>
        <source>&amp;Create connector</source>
        <translation>&amp;Создать коннектор</translation>
    </message>
    <message>
        <source>Creating the connector on the portal…</source>
        <translation>Создание коннектора на портале…</translation>
    </message>
</context>
<context>
    <name>ContractTesterDialog</name>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Запустить проверку</translation>
    </message>
    <message>
        <source>Test endpoints — %1</source>
        <translation>Проверка эндпоинтов — %1</translation>
    </message>
    <message>
        <source>Calls the connector&apos;s endpoints from this computer exactly as the portal would (form-encoded POST, connection[…] values), checks every answer against the protocol, and finally calls urlCheck with deliberately wrong values, which the connector must refuse.</source>
        <translation>Вызывает эндпоинты коннектора с этого компьютера точно так же, как портал (POST с данными формы, значения connection[…]), сверяет каждый ответ с протоколом, а в конце вызывает urlCheck с заведомо неверными значениями, которые коннектор должен отклонить.</translation>
    </message>
    <message>
        <source>Values entered below</source>
        <translation>Значения, введённые ниже</translation>
    </message>
    <message>
        <source>not sent when empty</source>
        <translation>не передаётся, если пусто</translation>
    </message>
    <message>
        <source>the first table listed</source>
        <translation>первая таблица из списка</translation>
    </message>
    <message>
        <source>Settings sent as connection[…]</source>
        <translation>Настройки, передаваемые как connection[…]</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Использовать:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Search &amp;string (urlTableList):</source>
        <translation>Строка &amp;поиска (urlTableList):</translation>
    </message>
    <message>
        <source>&amp;Table (urlTableDescription, urlData):</source>
        <translation>&amp;Таблица (urlTableDescription, urlData):</translation>
    </message>
    <message>
        <source>Edited values.</source>
        <translation>Изменённые значения.</translation>
    </message>
    <message>
        <source>Loading the connector&apos;s sources…</source>
        <translation>Загрузка источников коннектора…</translation>
    </message>
    <message>
        <source>The sources could not be listed: %1</source>
        <translation>Не удалось получить список источников: %1</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>Источник «%1»</translation>
    </message>
    <message>
        <source>The connector has no sources yet.</source>
        <translation>У коннектора пока нет источников.</translation>
    </message>
    <message>
        <source>Loading the source&apos;s settings…</source>
        <translation>Загрузка настроек источника…</translation>
    </message>
    <message>
        <source>The source&apos;s settings could not be loaded: %1</source>
        <translation>Не удалось загрузить настройки источника: %1</translation>
    </message>
    <message>
        <source>Values of source “%1” (ID %2).</source>
        <translation>Значения источника «%1» (ID %2).</translation>
    </message>
    <message>
        <source>values entered</source>
        <translation>введённые значения</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetActions</name>
    <message>
        <source>&amp;Dataset…</source>
        <translation>&amp;Датасет…</translation>
    </message>
    <message>
        <source>Create a dataset from a table of the selected source</source>
        <translation>Создать датасет из таблицы выбранного источника</translation>
    </message>
    <message>
        <source>Select a source to create a dataset from it</source>
        <translation>Выберите источник, чтобы создать из него датасет</translation>
    </message>
    <message>
        <source>New dataset…</source>
        <translation>Новый датасет…</translation>
    </message>
    <message>
        <source>Sync with source…</source>
        <translation>Синхронизировать с источником…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>Удалить датасет…</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Удаление датасета</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?

Its fields are deleted with it, and BI Builder reports built on it stop working. This cannot be undone.</source>
        <translation>Удалить датасет «%1»?

Вместе с ним удаляются его поля, а отчёты BI-конструктора, построенные на нём, перестанут работать. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and the dataset still exists.</source>
        <translation>Ответ портала потерян, а датасет по-прежнему существует.</translation>
    </message>
    <message>
        <source>The dataset “%1” was not deleted: %2</source>
        <translation>Датасет «%1» не удалён: %2</translation>
    </message>
</context>
<context>
    <name>DatasetAddFieldDialog</name>
    <message>
        <source>Add field</source>
        <translation>Добавление поля</translation>
    </message>
    <message>
        <source>the connector&apos;s column code</source>
        <translation>код столбца в коннекторе</translation>
    </message>
    <message>
        <source>NAME_IN_BITRIX24</source>
        <translation>NAME_IN_BITRIX24</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>The field is added when you apply the pending changes. Its name and type cannot be changed afterwards; new fields are always visible.</source>
        <translation>Поле будет добавлено, когда вы примените изменения. Потом его название и тип изменить нельзя; новые поля всегда видимы.</translation>
    </message>
    <message>
        <source>External &amp;code:</source>
        <translation>&amp;Внешний код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>DatasetDataPreview</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>How many rows to ask the connector for (at most %1).</source>
        <translation>Сколько строк запросить у коннектора (не больше %1).</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Число строк:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Нечего показывать.</translation>
    </message>
    <message>
        <source>All columns are hidden: BI Builder would receive no data. Make at least one column visible to preview it.</source>
        <translation>Все столбцы скрыты: BI-конструктор не получил бы данных. Чтобы увидеть предпросмотр, сделайте видимым хотя бы один столбец.</translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation>Чтение источника…</translation>
    </message>
    <message numerus="yes">
        <source>Loading up to %n row(s)…</source>
        <translation>
            <numerusform>Загрузка до %n строки…</numerusform>
            <numerusform>Загрузка до %n строк…</numerusform>
            <numerusform>Загрузка до %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch table data. %1</source>
        <translation>Не удалось получить данные таблицы. %1</translation>
    </message>
    <message>
        <source>External code: %1</source>
        <translation>Внешний код: %1</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>Таблица пуста.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the connector; only the columns visible in BI Builder are shown.</source>
        <translation>
            <numerusform>%n строка от коннектора; показаны только столбцы, видимые в BI-конструкторе.</numerusform>
            <numerusform>%n строки от коннектора; показаны только столбцы, видимые в BI-конструкторе.</numerusform>
            <numerusform>%n строк от коннектора; показаны только столбцы, видимые в BI-конструкторе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetDetailPane</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>S&amp;ync with source…</source>
        <translation>&amp;Синхронизировать с источником…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Compare the fields with the connector&apos;s current columns and add or delete the differences</source>
        <translation>Сравнить поля с текущими столбцами коннектора и добавить или удалить расхождения</translation>
    </message>
    <message>
        <source>Delete this dataset from Bitrix24</source>
        <translation>Удалить этот датасет из Битрикс24</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>External table:</source>
        <translation>Внешняя таблица:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Изменён:</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Нет описания</translation>
    </message>
    <message>
        <source>Save the description (biconnector.dataset.update)</source>
        <translation>Сохранить описание (biconnector.dataset.update)</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Поля</translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation>П&amp;редпросмотр данных</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>Загрузка датасета…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The dataset “%1”</source>
        <translation>Датасет «%1»</translation>
    </message>
    <message>
        <source>The description was not saved: %1</source>
        <translation>Описание не сохранено: %1</translation>
    </message>
    <message>
        <source>Sync with source</source>
        <translation>Синхронизация с источником</translation>
    </message>
    <message>
        <source>Apply or revert the pending field changes first: the sync writes to the portal directly.</source>
        <translation>Сначала примените или сбросьте изменения полей: синхронизация сразу записывает данные на портал.</translation>
    </message>
    <message>
        <source>The dataset&apos;s source is not known yet.</source>
        <translation>Источник датасета пока неизвестен.</translation>
    </message>
</context>
<context>
    <name>DatasetDraft</name>
    <message>
        <source>Could not read the columns of %1. %2</source>
        <translation>Не удалось прочитать столбцы %1. %2</translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation>Нет подключения к порталу.</translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists in this Bitrix24.</source>
        <translation>Датасет с названием «%1» в этом Битрикс24 уже есть.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and checking whether the dataset was created failed (%1). Refresh the source before trying again.</source>
        <translation>Ответ портала потерян, и проверить, создан ли датасет, не удалось (%1). Обновите источник, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and the dataset was not created. You can try again.</source>
        <translation>Ответ портала потерян, датасет не создан. Можно попробовать ещё раз.</translation>
    </message>
</context>
<context>
    <name>DatasetFieldsDraftModel</name>
    <message>
        <source>%1
Suggested: %2</source>
        <translation>%1
Предлагается: %2</translation>
    </message>
    <message>
        <source>Visible in BI Builder</source>
        <translation>Видно в BI-конструкторе</translation>
    </message>
    <message>
        <source>Hidden from BI Builder</source>
        <translation>Скрыто в BI-конструкторе</translation>
    </message>
    <message>
        <source>Visible in BI Builder. Click to show or hide all columns.</source>
        <translation>Видно в BI-конструкторе. Щёлкните, чтобы показать или скрыть все столбцы.</translation>
    </message>
    <message>
        <source>The column name in Bitrix24: A–Z, 0–9 and _, starting with a letter, at most %1 characters. It cannot be changed later.</source>
        <translation>Название столбца в Битрикс24: A–Z, 0–9 и _, начинается с буквы, не длиннее %1 символов. Потом его изменить нельзя.</translation>
    </message>
    <message>
        <source>The column type. It cannot be changed later.</source>
        <translation>Тип столбца. Потом его изменить нельзя.</translation>
    </message>
    <message>
        <source>External name</source>
        <translation>Внешнее название</translation>
    </message>
    <message>
        <source>Another column is also named &quot;%1&quot;: names must be unique within the dataset.</source>
        <translation>Другой столбец тоже называется «%1»: названия в датасете должны быть уникальными.</translation>
    </message>
</context>
<context>
    <name>DatasetFieldsEditor</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the selected fields in BI Builder</source>
        <translation>Показать выбранные поля в BI-конструкторе</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the selected fields from BI Builder</source>
        <translation>Скрыть выбранные поля в BI-конструкторе</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Переключить</translation>
    </message>
    <message>
        <source>Show the selected fields, or hide them when all are visible (Space)</source>
        <translation>Показать выбранные поля или скрыть их, если все уже видны (Пробел)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Инвертировать</translation>
    </message>
    <message>
        <source>Swap shown and hidden (of the selected fields when several are selected, else of all)</source>
        <translation>Поменять видимые и скрытые местами (среди выбранных полей, если выбрано несколько, иначе среди всех)</translation>
    </message>
    <message>
        <source>Show matching…</source>
        <translation>Показать по шаблону…</translation>
    </message>
    <message>
        <source>Show the fields whose name or type matches a pattern</source>
        <translation>Показать поля, название или тип которых соответствует шаблону</translation>
    </message>
    <message>
        <source>Hide matching…</source>
        <translation>Скрыть по шаблону…</translation>
    </message>
    <message>
        <source>Hide the fields whose name or type matches a pattern, e.g. *_ID</source>
        <translation>Скрыть поля, название или тип которых соответствует шаблону, например *_ID</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <source>Add a column of the connector&apos;s table (Insert)</source>
        <translation>Добавить столбец таблицы коннектора (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected fields when the changes are applied (Delete)</source>
        <translation>Удалить выбранные поля при применении изменений (Delete)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Forget every pending change</source>
        <translation>Отбросить все неприменённые изменения</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Send every pending change to the portal in one request (Ctrl+S)</source>
        <translation>Отправить все неприменённые изменения на портал одним запросом (Ctrl+S)</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Фильтр полей…</translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation>Нет подключения к порталу.</translation>
    </message>
    <message>
        <source>The portal did not answer, and the dataset shows the changes were not made.</source>
        <translation>Портал не ответил, и по датасету видно, что изменения не внесены.</translation>
    </message>
    <message>
        <source>The changes were not applied: %1 They are still pending; you can try again.</source>
        <translation>Изменения не применены: %1 Они сохранены в списке неприменённых; можно попробовать ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), %1 visible in BI Builder</source>
        <translation>
            <numerusform>%n поле, видимых в BI-конструкторе: %1</numerusform>
            <numerusform>%n поля, видимых в BI-конструкторе: %1</numerusform>
            <numerusform>%n полей, видимых в BI-конструкторе: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n неприменённое изменение</numerusform>
            <numerusform>%n неприменённых изменения</numerusform>
            <numerusform>%n неприменённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
</context>
<context>
    <name>DatasetFieldsModel</name>
    <message>
        <source>Add field %1</source>
        <translation>добавление поля %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>Pending: will be shown in BI Builder</source>
        <translation>Не применено: будет показано в BI-конструкторе</translation>
    </message>
    <message>
        <source>Pending: will be hidden from BI Builder</source>
        <translation>Не применено: будет скрыто в BI-конструкторе</translation>
    </message>
    <message>
        <source>Pending: will be added (new fields are always visible)</source>
        <translation>Не применено: будет добавлено (новые поля всегда видимы)</translation>
    </message>
    <message>
        <source>Pending: will be deleted</source>
        <translation>Не применено: будет удалено</translation>
    </message>
    <message>
        <source>Visible in BI Builder</source>
        <translation>Видно в BI-конструкторе</translation>
    </message>
    <message>
        <source>Hidden from BI Builder</source>
        <translation>Скрыто в BI-конструкторе</translation>
    </message>
    <message>
        <source>Visible in BI Builder. Click to show or hide all fields.</source>
        <translation>Видно в BI-конструкторе. Щёлкните, чтобы показать или скрыть все поля.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Show %n field(s)</source>
        <translation>
            <numerusform>показ %n поля</numerusform>
            <numerusform>показ %n полей</numerusform>
            <numerusform>показ %n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n field(s)</source>
        <translation>
            <numerusform>скрытие %n поля</numerusform>
            <numerusform>скрытие %n полей</numerusform>
            <numerusform>скрытие %n полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>показ всех полей</translation>
    </message>
    <message>
        <source>Hide all fields</source>
        <translation>скрытие всех полей</translation>
    </message>
    <message>
        <source>Invert visibility</source>
        <translation>инвертирование видимости</translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation>%1 с типом %2</translation>
    </message>
    <message>
        <source>Show fields matching %1</source>
        <translation>показ полей по шаблону %1</translation>
    </message>
    <message>
        <source>Hide fields matching %1</source>
        <translation>скрытие полей по шаблону %1</translation>
    </message>
    <message>
        <source>A new field needs a name, a type and an external code.</source>
        <translation>Для нового поля нужны название, тип и внешний код.</translation>
    </message>
    <message>
        <source>The external code &quot;%1&quot; belongs to a field that is being deleted. Apply the deletion first, then add it again.</source>
        <translation>Внешний код «%1» принадлежит удаляемому полю. Сначала примените удаление, затем добавьте поле снова.</translation>
    </message>
    <message>
        <source>The dataset already has a field with the external code &quot;%1&quot;.</source>
        <translation>В датасете уже есть поле с внешним кодом «%1».</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to a field that is being deleted. The portal does not allow re-using it in the same change: apply the deletion first.</source>
        <translation>Название «%1» принадлежит удаляемому полю. Портал не позволяет использовать его повторно в том же изменении: сначала примените удаление.</translation>
    </message>
    <message>
        <source>The dataset already has a field named &quot;%1&quot;.</source>
        <translation>В датасете уже есть поле с названием «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n field(s)</source>
        <translation>
            <numerusform>удаление %n поля</numerusform>
            <numerusform>удаление %n полей</numerusform>
            <numerusform>удаление %n полей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFieldsPage</name>
    <message>
        <source>&amp;Suggest valid names</source>
        <translation>&amp;Предложить допустимые названия</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose which columns BI Builder sees and how they are named in Bitrix24.</source>
        <translation>Выберите, какие столбцы видит BI-конструктор и как они называются в Битрикс24.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Names and types cannot be changed after the dataset is created.&lt;/b&gt; Only visibility can. Names use A–Z, 0–9 and _, start with a letter and have at most 32 characters.</source>
        <translation>&lt;b&gt;После создания датасета названия и типы изменить нельзя.&lt;/b&gt; Можно менять только видимость. Названия состоят из A–Z, 0–9 и _, начинаются с буквы и не длиннее 32 символов.</translation>
    </message>
    <message>
        <source>Replace every invalid or duplicate name with a valid one (transliterated, upper-case, unique).</source>
        <translation>Заменить каждое недопустимое или повторяющееся название допустимым (транслитерация, верхний регистр, уникальность).</translation>
    </message>
    <message>
        <source>Loading columns…</source>
        <translation>Загрузка столбцов…</translation>
    </message>
    <message>
        <source>Columns of %1. Choose which ones BI Builder sees and how they are named in Bitrix24.</source>
        <translation>Столбцы %1. Выберите, какие из них видит BI-конструктор и как они называются в Битрикс24.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1 visible in BI Builder.</source>
        <translation>
            <numerusform>%n столбец, видимых в BI-конструкторе: %1.</numerusform>
            <numerusform>%n столбца, видимых в BI-конструкторе: %1.</numerusform>
            <numerusform>%n столбцов, видимых в BI-конструкторе: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). First: %1</source>
        <translation>
            <numerusform>%n ошибка. Первая: %1</numerusform>
            <numerusform>%n ошибки. Первая: %1</numerusform>
            <numerusform>%n ошибок. Первая: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFieldsSync</name>
    <message>
        <source>The name &quot;%1&quot; is already used in this dataset (deleted columns still count until the change is applied).</source>
        <translation>Название «%1» уже используется в этом датасете (удаляемые столбцы учитываются, пока изменение не применено).</translation>
    </message>
    <message>
        <source>New column %1 (%2) → add as %3</source>
        <translation>Новый столбец %1 (%2) → добавить как %3</translation>
    </message>
    <message>
        <source>Column %1 no longer exists → delete %2</source>
        <translation>Столбца %1 больше нет → удалить %2</translation>
    </message>
    <message>
        <source>Column %1 changed type %2 → %3. Types cannot change: delete %4 and re-add as %5</source>
        <translation>У столбца %1 изменился тип: %2 → %3. Тип изменить нельзя: удалить %4 и добавить заново как %5</translation>
    </message>
</context>
<context>
    <name>DatasetFieldsTableModel</name>
    <message>
        <source>Visible</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>External code</source>
        <translation>Внешний код</translation>
    </message>
</context>
<context>
    <name>DatasetMatchDialog</name>
    <message>
        <source>Show matching fields</source>
        <translation>Показать поля по шаблону</translation>
    </message>
    <message>
        <source>Hide matching fields</source>
        <translation>Скрыть поля по шаблону</translation>
    </message>
    <message>
        <source>e.g. *_ID or CREATED*</source>
        <translation>например, *_ID или CREATED*</translation>
    </message>
    <message>
        <source>* matches any characters, ? one character. Compared with the name and the external code, ignoring case. Empty matches every field.</source>
        <translation>* — любые символы, ? — один символ. Сравнивается с названием и внешним кодом без учёта регистра. Пустой шаблон подходит к любому полю.</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>&amp;Шаблон названия:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be shown.</source>
        <translation>
            <numerusform>Будет показано %n поле.</numerusform>
            <numerusform>Будут показаны %n поля.</numerusform>
            <numerusform>Будет показано %n полей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be hidden.</source>
        <translation>
            <numerusform>Будет скрыто %n поле.</numerusform>
            <numerusform>Будут скрыты %n поля.</numerusform>
            <numerusform>Будет скрыто %n полей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetNamePage</name>
    <message>
        <source>Name and description</source>
        <translation>Название и описание</translation>
    </message>
    <message>
        <source>How the dataset is called in Bitrix24 and BI Builder.</source>
        <translation>Как датасет будет называться в Битрикс24 и BI-конструкторе.</translation>
    </message>
    <message>
        <source>lowercase_name</source>
        <translation>lowercase_name</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dataset name, column names and column types cannot be changed after the dataset is created.&lt;/b&gt; Column visibility and the description can be changed at any time.</source>
        <translation>&lt;b&gt;После создания датасета его название, названия и типы столбцов изменить нельзя.&lt;/b&gt; Видимость столбцов и описание можно менять в любое время.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message numerus="yes">
        <source>From table %1: %n column(s), %2 visible in BI Builder (%3).</source>
        <translation>
            <numerusform>Из таблицы %1: %n столбец, видимых в BI-конструкторе: %2 (%3).</numerusform>
            <numerusform>Из таблицы %1: %n столбца, видимых в BI-конструкторе: %2 (%3).</numerusform>
            <numerusform>Из таблицы %1: %n столбцов, видимых в BI-конструкторе: %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Checking the names of existing datasets…</source>
        <translation>Проверка названий существующих датасетов…</translation>
    </message>
    <message>
        <source>Could not check the names of existing datasets (%1); the portal will refuse a duplicate.</source>
        <translation>Не удалось проверить названия существующих датасетов (%1); повторяющееся название портал отклонит.</translation>
    </message>
    <message>
        <source>Creating the dataset…</source>
        <translation>Создание датасета…</translation>
    </message>
    <message>
        <source>Dataset created.</source>
        <translation>Датасет создан.</translation>
    </message>
    <message>
        <source>The dataset was not created: %1</source>
        <translation>Датасет не создан: %1</translation>
    </message>
</context>
<context>
    <name>DatasetPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>This is how the dataset will show in BI Builder: the first %1 rows, visible columns only.</source>
        <translation>Так датасет будет выглядеть в BI-конструкторе: первые строки (%1), только видимые столбцы.</translation>
    </message>
</context>
<context>
    <name>DatasetSourceEndpoint</name>
    <message>
        <source>Not connected to a portal.</source>
        <translation>Нет подключения к порталу.</translation>
    </message>
    <message>
        <source>Could not read the source: %1</source>
        <translation>Не удалось прочитать источник: %1</translation>
    </message>
    <message>
        <source>Could not read the source&apos;s connector: %1</source>
        <translation>Не удалось прочитать коннектор источника: %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The connector answered HTTP %1.</source>
        <translation>Коннектор ответил HTTP %1.</translation>
    </message>
    <message>
        <source>The connector could not be reached.</source>
        <translation>Коннектор недоступен.</translation>
    </message>
</context>
<context>
    <name>DatasetSyncDialog</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete + re-add</source>
        <translation>Удалить и добавить заново</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Apply chosen changes</source>
        <translation>&amp;Применить выбранные изменения</translation>
    </message>
    <message>
        <source>Sync %1 with its source</source>
        <translation>Синхронизация %1 с источником</translation>
    </message>
    <message>
        <source>Compares the fields of &lt;b&gt;%1&lt;/b&gt; with what the connector describes for table &lt;b&gt;%2&lt;/b&gt; now. Column types cannot change in Bitrix24: a column whose type changed can only be deleted and added again under a new name (reports that use the old name will lose it).</source>
        <translation>Сравнивает поля &lt;b&gt;%1&lt;/b&gt; с тем, как коннектор сейчас описывает таблицу &lt;b&gt;%2&lt;/b&gt;. В Битрикс24 тип столбца изменить нельзя: столбец с изменившимся типом можно только удалить и добавить заново под новым названием (отчёты, использующие старое название, его потеряют).</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Reading the connector&apos;s description of %1…</source>
        <translation>Чтение описания %1 от коннектора…</translation>
    </message>
    <message>
        <source>Could not read the table&apos;s columns. %1</source>
        <translation>Не удалось прочитать столбцы таблицы. %1</translation>
    </message>
    <message>
        <source>The name of the column to add; double-click to change it.</source>
        <translation>Название добавляемого столбца; дважды щёлкните, чтобы изменить его.</translation>
    </message>
    <message>
        <source>The dataset matches its source: nothing to sync.</source>
        <translation>Датасет соответствует источнику: синхронизировать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) found. Choose what to apply.</source>
        <translation>
            <numerusform>Найдено %n расхождение. Выберите, что применить.</numerusform>
            <numerusform>Найдено %n расхождения. Выберите, что применить.</numerusform>
            <numerusform>Найдено %n расхождений. Выберите, что применить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Применено.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Re-adding the columns whose type changed…</source>
        <translation>Повторное добавление столбцов с изменившимся типом…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The old columns were deleted, but re-adding them failed: %1 Sync again to add them.</source>
        <translation>Старые столбцы удалены, но добавить их заново не удалось: %1 Синхронизируйте ещё раз, чтобы добавить их.</translation>
    </message>
</context>
<context>
    <name>DatasetTablePage</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation>Выбор таблицы</translation>
    </message>
    <message>
        <source>Search tables…</source>
        <translation>Поиск таблиц…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation>Чтение источника…</translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation>Загрузка таблиц…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Поиск «%1»…</translation>
    </message>
    <message>
        <source>Could not list the tables. %1</source>
        <translation>Не удалось получить список таблиц. %1</translation>
    </message>
    <message>
        <source>The connector offers no tables.</source>
        <translation>Коннектор не предлагает ни одной таблицы.</translation>
    </message>
    <message>
        <source>No tables match “%1”.</source>
        <translation>Нет таблиц, соответствующих «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n таблица.</numerusform>
            <numerusform>%n таблицы.</numerusform>
            <numerusform>%n таблиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables that the source&apos;s connector offers. Type to search on the connector&apos;s side.</source>
        <translation>Таблицы, которые предлагает коннектор источника. Начните вводить текст, чтобы искать на стороне коннектора.</translation>
    </message>
    <message>
        <source>Tables that the connector of “%1” offers. Type to search on the connector&apos;s side.</source>
        <translation>Таблицы, которые предлагает коннектор источника «%1». Начните вводить текст, чтобы искать на стороне коннектора.</translation>
    </message>
</context>
<context>
    <name>DatasetWizard</name>
    <message>
        <source>New dataset</source>
        <translation>Новый датасет</translation>
    </message>
    <message>
        <source>&amp;Create dataset</source>
        <translation>&amp;Создать датасет</translation>
    </message>
    <message>
        <source>Cancel the new dataset</source>
        <translation>Отмена создания датасета</translation>
    </message>
    <message>
        <source>The columns, names and settings you chose will be lost. Cancel creating the dataset?</source>
        <translation>Выбранные столбцы, названия и настройки будут потеряны. Отменить создание датасета?</translation>
    </message>
</context>
<context>
    <name>DemoPortal</name>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Не удалось запустить демо-портал: %1</translation>
    </message>
    <message>
        <source>Signing in to the demo portal failed: %1</source>
        <translation>Не удалось войти на демо-портал: %1</translation>
    </message>
</context>
<context>
    <name>DetailStack</name>
    <message>
        <source>Select a connector, source or dataset to see its details.</source>
        <translation>Выберите коннектор, источник или датасет, чтобы увидеть подробности.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%n connector(s) loaded.&lt;/p&gt;&lt;p&gt;Expand a connector to see its sources, and a source to see its datasets. Press Ctrl+F to search everything.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Загружен %n коннектор.&lt;/p&gt;&lt;p&gt;Разверните коннектор, чтобы увидеть его источники, а источник — чтобы увидеть его датасеты. Нажмите Ctrl+F для поиска по всему дереву.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Загружено %n коннектора.&lt;/p&gt;&lt;p&gt;Разверните коннектор, чтобы увидеть его источники, а источник — чтобы увидеть его датасеты. Нажмите Ctrl+F для поиска по всему дереву.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Загружено %n коннекторов.&lt;/p&gt;&lt;p&gt;Разверните коннектор, чтобы увидеть его источники, а источник — чтобы увидеть его датасеты. Нажмите Ctrl+F для поиска по всему дереву.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Loading connectors…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Загрузка коннекторов…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DetailWidgets</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Скопировать в буфер обмена</translation>
    </message>
</context>
<context>
    <name>EndpointCall</name>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>Данные не поступали %1 с.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes and was cut off.</source>
        <translation>Ответ больше %1 байт и был обрезан.</translation>
    </message>
    <message>
        <source>The endpoint could not be reached: %1</source>
        <translation>Эндпоинт недоступен: %1</translation>
    </message>
</context>
<context>
    <name>EndpointTestView</name>
    <message>
        <source>Ca&amp;ncel test</source>
        <translation>&amp;Отменить проверку</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Эндпоинт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>Шагов: %v из %m</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Ещё не запускалась.</translation>
    </message>
    <message>
        <source>Testing the endpoints the way the portal calls them…</source>
        <translation>Проверка эндпоинтов так, как их вызывает портал…</translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed: the portal would reject these answers.</source>
        <translation>
            <numerusform>%n шаг не пройден: портал отклонил бы эти ответы.</numerusform>
            <numerusform>%n шага не пройдены: портал отклонил бы эти ответы.</numerusform>
            <numerusform>%n шагов не пройдено: портал отклонил бы эти ответы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal would accept every answer, with %n warning(s).</source>
        <translation>
            <numerusform>Портал принял бы все ответы, есть %n предупреждение.</numerusform>
            <numerusform>Портал принял бы все ответы, есть %n предупреждения.</numerusform>
            <numerusform>Портал принял бы все ответы, есть %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>All steps passed: the portal would accept every answer.</source>
        <translation>Все шаги пройдены: портал принял бы все ответы.</translation>
    </message>
    <message>
        <source>The check accepts wrong credentials.</source>
        <translation>Проверка подключения принимает неверные учётные данные.</translation>
    </message>
    <message>
        <source>Select a step to see what was sent and what came back.</source>
        <translation>Выберите шаг, чтобы увидеть, что было отправлено и что пришло в ответ.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sent (POST form)</source>
        <translation>Отправлено (POST, данные формы)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип содержимого</translation>
    </message>
    <message>
        <source>Protocol violations</source>
        <translation>Нарушения протокола</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Тело ответа</translation>
    </message>
    <message>
        <source>Save the test report</source>
        <translation>Сохранение отчёта о проверке</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>EndpointValidation</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint answered HTTP status %1; the portal accepts only 200.</source>
        <translation>Эндпоинт ответил HTTP-статусом %1; портал принимает только 200.</translation>
    </message>
    <message>
        <source>The response body is empty or &quot;0&quot;; the portal treats that as a failed call.</source>
        <translation>Тело ответа пустое или равно «0»; портал считает такой вызов неудачным.</translation>
    </message>
    <message>
        <source>The body starts with a UTF-8 byte order mark, which the portal&apos;s JSON decoder rejects.</source>
        <translation>Тело начинается с метки порядка байтов UTF-8 (BOM), которую JSON-декодер портала отклоняет.</translation>
    </message>
    <message>
        <source>The body is a JSON object, not an array. The portal tolerates this and uses the object&apos;s values, but the protocol asks for an array.</source>
        <translation>Тело — JSON-объект, а не массив. Портал это допускает и берёт значения объекта, но протокол требует массив.</translation>
    </message>
    <message>
        <source>The body is JSON but not an array: %1.</source>
        <translation>Тело — JSON, но не массив: %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation>Тело не является корректным JSON (%1, смещение %2).</translation>
    </message>
    <message>
        <source>The body reports a failure, but with status 200 and a non-empty body the portal accepts the connection anyway. Answer a non-200 status to reject credentials.</source>
        <translation>Тело сообщает об ошибке, но при статусе 200 и непустом теле портал всё равно принимает подключение. Чтобы отклонить учётные данные, отвечайте статусом, отличным от 200.</translation>
    </message>
    <message numerus="yes">
        <source>%n table item(s) lack a non-empty &quot;code&quot; or &quot;title&quot; (&quot;0&quot; counts as empty): %1.</source>
        <translation>
            <numerusform>У %n элемента списка таблиц нет непустого «code» или «title» («0» считается пустым): %1.</numerusform>
            <numerusform>У %n элементов списка таблиц нет непустого «code» или «title» («0» считается пустым): %1.</numerusform>
            <numerusform>У %n элементов списка таблиц нет непустого «code» или «title» («0» считается пустым): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table description is an empty array; the portal needs at least one column.</source>
        <translation>Описание таблицы — пустой массив; порталу нужен хотя бы один столбец.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) lack a non-empty &quot;code&quot;, &quot;name&quot; or &quot;type&quot;: %1.</source>
        <translation>
            <numerusform>У %n столбца нет непустого «code», «name» или «type»: %1.</numerusform>
            <numerusform>У %n столбцов нет непустого «code», «name» или «type»: %1.</numerusform>
            <numerusform>У %n столбцов нет непустого «code», «name» или «type»: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal does not know the column type(s) %1 and stores them as string. Known types: int, string, double, date, datetime, money, timezone.</source>
        <translation>Портал не знает тип(ы) столбцов %1 и сохраняет их как string. Известные типы: int, string, double, date, datetime, money, timezone.</translation>
    </message>
    <message>
        <source>The data is an empty array without a header row; the portal learns no columns from it.</source>
        <translation>Данные — пустой массив без строки заголовка; портал не узнает из него ни одного столбца.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the data are not arrays: %1.</source>
        <translation>
            <numerusform>%n строка данных не является массивом: %1.</numerusform>
            <numerusform>%n строки данных не являются массивами: %1.</numerusform>
            <numerusform>%n строк данных не являются массивами: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first element must be the header row: an array of column codes.</source>
        <translation>Первым элементом должна быть строка заголовка — массив кодов столбцов.</translation>
    </message>
    <message>
        <source>The header row is empty; it must hold the column codes.</source>
        <translation>Строка заголовка пуста; в ней должны быть коды столбцов.</translation>
    </message>
    <message>
        <source>The first row must hold the column codes as non-empty strings; it looks like data instead (cells %1).</source>
        <translation>Первая строка должна содержать коды столбцов в виде непустых строк, а она похожа на данные (ячейки %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ in width from the header&apos;s %1 columns: %2.</source>
        <translation>
            <numerusform>%n строка отличается по ширине от заголовка (столбцов в заголовке: %1): %2.</numerusform>
            <numerusform>%n строки отличаются по ширине от заголовка (столбцов в заголовке: %1): %2.</numerusform>
            <numerusform>%n строк отличаются по ширине от заголовка (столбцов в заголовке: %1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header row lacks the external code(s) %1; the portal looks values up by external code.</source>
        <translation>В строке заголовка нет внешних кодов %1; портал ищет значения по внешнему коду.</translation>
    </message>
</context>
<context>
    <name>EntityDetailPane</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This object</source>
        <translation>Этот объект</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>EntityValidation</name>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be longer than %2 characters.</source>
        <translation>Поле «%1» не должно быть длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Dataset name has to start with a lowercase Latin character. Possible entry includes lowercase Latin characters (a-z), numbers (0-9) and underscores.</source>
        <translation>Название датасета должно начинаться со строчной латинской буквы. Допустимы строчные латинские буквы (a-z), цифры (0-9) и знак подчёркивания.</translation>
    </message>
    <message>
        <source>Dataset name must not be longer than %1 characters.</source>
        <translation>Название датасета не должно быть длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; has to start with an uppercase Latin character. Possible entry includes uppercase Latin characters (A-Z), numbers (0-9) and underscores.</source>
        <translation>Название поля «%1» должно начинаться с заглавной латинской буквы. Допустимы заглавные латинские буквы (A-Z), цифры (0-9) и знак подчёркивания.</translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; must not be longer than %2 characters.</source>
        <translation>Название поля «%1» не должно быть длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Invalid field type &quot;%1&quot;. Use one of: %2.</source>
        <translation>Недопустимый тип поля «%1». Используйте один из: %2.</translation>
    </message>
    <message>
        <source>Duplicate column names: %1</source>
        <translation>Повторяющиеся названия столбцов: %1</translation>
    </message>
    <message>
        <source>The dataset needs at least one field.</source>
        <translation>В датасете должно быть хотя бы одно поле.</translation>
    </message>
    <message>
        <source>Duplicate values found in the &quot;code&quot; parameter: %1</source>
        <translation>В параметре «code» найдены повторяющиеся значения: %1</translation>
    </message>
    <message>
        <source>Each field must have a name, a type and an external code.</source>
        <translation>У каждого поля должны быть название, тип и внешний код.</translation>
    </message>
    <message>
        <source>Settings must include &quot;type&quot;, &quot;name&quot; and &quot;code&quot; fields.</source>
        <translation>Настройки должны содержать поля «type», «name» и «code».</translation>
    </message>
    <message>
        <source>Setting name must not be longer than %1 characters.</source>
        <translation>Название настройки не должно быть длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Setting code must not be longer than %1 characters.</source>
        <translation>Код настройки не должен быть длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Parameter &quot;type&quot; is not correct: use STRING or INT.</source>
        <translation>Неверный параметр «type»: используйте STRING или INT.</translation>
    </message>
</context>
<context>
    <name>HierarchyBrowser</name>
    <message>
        <source>Search connectors, sources, datasets (Ctrl+F)</source>
        <translation>Поиск коннекторов, источников, датасетов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Копировать название</translation>
    </message>
</context>
<context>
    <name>HierarchyModel</name>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Could not load: %1 — double-click to retry</source>
        <translation>Не удалось загрузить: %1 — дважды щёлкните, чтобы повторить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Inactive source</source>
        <translation>Неактивный источник</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>The columns %1 were not added.</source>
        <translation>Поля %1 не добавлены.</translation>
    </message>
    <message>
        <source>Not imported because its connector “%1” was not imported.</source>
        <translation>Не импортирован, потому что не импортирован его коннектор «%1».</translation>
    </message>
    <message>
        <source>Not imported because its source “%1” was not imported.</source>
        <translation>Не импортирован, потому что не импортирован его источник «%1».</translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Остановить импорт</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>One change at a time, connectors first. Stopping waits for the change being sent.</source>
        <translation>По одному изменению, сначала коннекторы. Остановка дожидается отправляемого изменения.</translation>
    </message>
    <message>
        <source>Stopping after the current change…</source>
        <translation>Остановка после текущего изменения…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 из %2: %3</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>Выберите файл конфигурации</translation>
    </message>
    <message>
        <source>A file exported from another portal with Export configuration.</source>
        <translation>Файл, экспортированный с другого портала командой «Экспорт конфигурации».</translation>
    </message>
    <message>
        <source>Nothing is changed yet: Next compares the file with this portal and shows what an import would create or update. Connectors are matched by title, sources by title under their connector, datasets by name.</source>
        <translation>Пока ничего не меняется: «Далее» сравнит файл с этим порталом и покажет, что импорт создаст или обновит. Коннекторы сопоставляются по названию, источники — по названию внутри коннектора, датасеты — по имени.</translation>
    </message>
    <message>
        <source>/path/to/bi-configuration.json</source>
        <translation>/путь/к/bi-configuration.json</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Импорт конфигурации</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n connector(s) of the file with the portal…</source>
        <translation>
            <numerusform>Сравнение %n коннектора из файла с порталом…</numerusform>
            <numerusform>Сравнение %n коннекторов из файла с порталом…</numerusform>
            <numerusform>Сравнение %n коннекторов из файла с порталом…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ImportPlanItem</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Коннектор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Датасет</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>endpoints on %1</source>
        <translation>эндпоинты на %1</translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation>настройки: %1</translation>
    </message>
    <message>
        <source>inactive in the file, but the portal creates every source active</source>
        <translation>в файле неактивен, но портал создаёт все источники активными</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n hidden</source>
        <translation>
            <numerusform>%1, %n скрыто</numerusform>
            <numerusform>%1, %n скрыто</numerusform>
            <numerusform>%1, %n скрыто</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ImportPlanPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Nothing is deleted. Objects in conflict are not imported, nor is anything below them.</source>
        <translation>Ничего не удаляется. Объекты с конфликтом не импортируются, как и всё, что под ними.</translation>
    </message>
    <message>
        <source>&amp;Copy dry-run report</source>
        <translation>&amp;Копировать отчёт пробного запуска</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Nothing to import: the portal already has everything the file describes.</source>
        <translation>Импортировать нечего: на портале уже есть всё, что описано в файле.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The file&apos;s connector is not valid: %1</source>
        <translation>Коннектор в файле некорректен: %1</translation>
    </message>
    <message>
        <source>The file has several connectors titled “%1”; connectors are matched by title.</source>
        <translation>В файле несколько коннекторов с названием «%1»; коннекторы сопоставляются по названию.</translation>
    </message>
    <message>
        <source>The portal has %1 connectors titled “%2”; rename all but one so the import can tell which one to use.</source>
        <translation>На портале %1 коннектора(ов) с названием «%2»; переименуйте все, кроме одного, чтобы импорт понял, какой использовать.</translation>
    </message>
    <message>
        <source>Not imported: its connector “%1” is in conflict.</source>
        <translation>Не импортируется: конфликт у его коннектора «%1».</translation>
    </message>
    <message>
        <source>Only sources of the type “rest” can be created through the REST API; the file says “%1”.</source>
        <translation>Через REST API можно создавать только источники типа «rest»; в файле указан «%1».</translation>
    </message>
    <message>
        <source>The connector has %1 sources titled “%2” on the portal; rename all but one so the import can tell which one to use.</source>
        <translation>У коннектора на портале %1 источника(ов) с названием «%2»; переименуйте все, кроме одного, чтобы импорт понял, какой использовать.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>setting “%1”</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>Not imported: its source “%1” is in conflict.</source>
        <translation>Не импортируется: конфликт у его источника «%1».</translation>
    </message>
    <message>
        <source>The file&apos;s dataset is not valid: %1</source>
        <translation>Датасет в файле некорректен: %1</translation>
    </message>
    <message>
        <source>The file has several datasets named “%1”; dataset names are unique on a portal.</source>
        <translation>В файле несколько датасетов с именем «%1»; имена датасетов на портале уникальны.</translation>
    </message>
    <message>
        <source>The name “%1” is taken by a dataset of the source “%2” (connector “%3”); dataset names are unique on a portal.</source>
        <translation>Имя «%1» занято датасетом источника «%2» (коннектор «%3»); имена датасетов на портале уникальны.</translation>
    </message>
    <message>
        <source>On the portal this dataset reads the external table “%1” (%2), the file says “%3” (%4); a dataset&apos;s external table cannot be changed.</source>
        <translation>На портале этот датасет читает внешнюю таблицу «%1» (%2), а в файле — «%3» (%4); внешнюю таблицу датасета изменить нельзя.</translation>
    </message>
    <message>
        <source>The column %1 reads “%2” on the portal and “%3” in the file; columns cannot be changed, only added or hidden.</source>
        <translation>Поле %1 на портале читает «%2», а в файле — «%3»; поля нельзя изменить, только добавить или скрыть.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>поле %1</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>добавлено (%1)</translation>
    </message>
    <message>
        <source>added (%1), hidden</source>
        <translation>добавлено (%1), скрыто</translation>
    </message>
    <message>
        <source>The column for “%1” is %2 (%3) on the portal and %4 (%5) in the file; column names and types cannot be changed.</source>
        <translation>Поле для «%1» на портале — %2 (%3), а в файле — %4 (%5); имена и типы полей изменить нельзя.</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>видимо</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>The portal&apos;s configuration could not be read: %1</source>
        <translation>Не удалось прочитать конфигурацию портала: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n готово</numerusform>
            <numerusform>%n готово</numerusform>
            <numerusform>%n готово</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>What happened to each object of the file. Run the import again to retry what failed.</source>
        <translation>Что произошло с каждым объектом файла. Чтобы повторить неудавшееся, запустите импорт ещё раз.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created or updated</source>
        <translation>
            <numerusform>%n объект создан или обновлён</numerusform>
            <numerusform>%n объекта создано или обновлено</numerusform>
            <numerusform>%n объектов создано или обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message>
        <source>Setting values of the new sources</source>
        <translation>Значения настроек новых источников</translation>
    </message>
    <message>
        <source>The portal checks each new source with its connector, so it needs the values a user would type. They are sent to the portal only.</source>
        <translation>Портал проверяет каждый новый источник через его коннектор, поэтому нужны значения, которые ввёл бы пользователь. Они отправляются только на портал.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The connector declares no settings.</source>
        <translation>У коннектора нет настроек.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import configuration</source>
        <translation>Импорт конфигурации</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <source>Request journal</source>
        <translation>Журнал запросов</translation>
    </message>
    <message>
        <source>Filter by method or error code</source>
        <translation>Фильтр по методу или коду ошибки</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and received (secrets redacted).</source>
        <translation>Выберите запрос, чтобы увидеть, что было отправлено и получено (секреты скрыты).</translation>
    </message>
    <message>
        <source>%1 %2
HTTP %3, %4 ms, sent %5 B, received %6 B
</source>
        <translation>%1 %2
HTTP %3, %4 мс, отправлено %5 Б, получено %6 Б
</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Ошибка: %1
</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>(no JSON body)</source>
        <translation>(нет тела JSON)</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Копировать как cURL</translation>
    </message>
    <message>
        <source>Copy a curl command repeating the selected request; secrets appear as placeholders such as {{ACCESS_TOKEN}}</source>
        <translation>Скопировать команду curl, повторяющую выбранный запрос; секреты заменены подстановками вроде {{ACCESS_TOKEN}}</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Копировать ответ</translation>
    </message>
    <message>
        <source>Save journal as JSON…</source>
        <translation>Сохранить журнал в JSON…</translation>
    </message>
    <message>
        <source>Copied a curl command; replace %1 with a valid access token before running it.</source>
        <translation>Команда curl скопирована; перед запуском замените %1 действующим токеном доступа.</translation>
    </message>
    <message>
        <source>Copied the response.</source>
        <translation>Ответ скопирован.</translation>
    </message>
    <message>
        <source>Could not save the journal to %1: %2</source>
        <translation>Не удалось сохранить журнал в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %n запрос в %1.</numerusform>
            <numerusform>Сохранено %n запроса в %1.</numerusform>
            <numerusform>Сохранено %n запросов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save journal as JSON</source>
        <translation>Сохранение журнала в JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message numerus="yes">
        <source>batch (%n command(s))</source>
        <translation>
            <numerusform>batch (%n команда)</numerusform>
            <numerusform>batch (%n команды)</numerusform>
            <numerusform>batch (%n команд)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n inner error(s)</source>
        <translation>
            <numerusform>%n вложенная ошибка</numerusform>
            <numerusform>%n вложенные ошибки</numerusform>
            <numerusform>%n вложенных ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used after BI Workspace restarts. Restart now?</source>
        <translation>Новый язык будет применён после перезапуска BI Workspace. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>LogoCache</name>
    <message>
        <source>The logo is empty.</source>
        <translation>Логотип пуст.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB.</source>
        <translation>Логотип больше 512 КБ.</translation>
    </message>
    <message>
        <source>The logo is not a readable SVG, PNG or JPEG image.</source>
        <translation>Логотип не является читаемым изображением SVG, PNG или JPEG.</translation>
    </message>
    <message>
        <source>The logo is not a data: URI.</source>
        <translation>Логотип не является data: URI.</translation>
    </message>
    <message>
        <source>The logo data URI has no data part.</source>
        <translation>В data URI логотипа нет данных.</translation>
    </message>
    <message>
        <source>Unsupported logo type &quot;%1&quot;; use SVG, PNG or JPEG.</source>
        <translation>Неподдерживаемый тип логотипа «%1»; используйте SVG, PNG или JPEG.</translation>
    </message>
    <message>
        <source>The logo&apos;s base64 data is corrupt.</source>
        <translation>Данные логотипа в base64 повреждены.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser cannot hand the sign-in back automatically (%2).</source>
        <translation>Порт %1 на этом компьютере занят другой программой, поэтому браузер не сможет автоматически вернуть данные входа (%2).</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Неверный запрос</translation>
    </message>
    <message>
        <source>This address only accepts the sign-in answer.</source>
        <translation>Этот адрес принимает только ответ на запрос входа.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>You can return to BI Workspace. This browser tab may be closed.</source>
        <translation>Можно вернуться в BI Workspace. Эту вкладку браузера можно закрыть.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>The portal did not grant access. You can return to BI Workspace for details.</source>
        <translation>Портал не предоставил доступ. Подробности — в BI Workspace.</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Попытка входа устарела</translation>
    </message>
    <message>
        <source>This answer belongs to an older sign-in attempt. Start the sign-in again from BI Workspace.</source>
        <translation>Этот ответ относится к предыдущей попытке входа. Начните вход заново из BI Workspace.</translation>
    </message>
    <message>
        <source>The address carries no sign-in answer. Start the sign-in again from BI Workspace.</source>
        <translation>В адресе нет ответа на запрос входа. Начните вход заново из BI Workspace.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo portal</source>
        <translation>Демо-портал</translation>
    </message>
    <message>
        <source>Throttled: waiting for the portal&apos;s rate limit</source>
        <translation>Ограничение частоты: ожидание лимита запросов портала</translation>
    </message>
    <message>
        <source>BI Workspace</source>
        <translation>BI Workspace</translation>
    </message>
    <message>
        <source>Connect a Bitrix24 portal to browse its connectors, sources and datasets.</source>
        <translation>Подключите портал Битрикс24, чтобы просматривать его коннекторы, источники и датасеты.</translation>
    </message>
    <message>
        <source>You are connected to the built-in demo portal, not a real Bitrix24.</source>
        <translation>Вы подключены к встроенному демо-порталу, а не к настоящему Битрикс24.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the selected node&apos;s children (F5)</source>
        <translation>Заново загрузить содержимое выбранного узла (F5)</translation>
    </message>
    <message>
        <source>Refresh &amp;everything</source>
        <translation>Обновить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Request &amp;journal</source>
        <translation>&amp;Журнал запросов</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About BI Workspace</source>
        <translation>&amp;О программе BI Workspace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>BI Workspace — Demo portal</source>
        <translation>BI Workspace — демо-портал</translation>
    </message>
    <message>
        <source>BI Workspace — %1</source>
        <translation>BI Workspace — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>Выполняется %n запрос</numerusform>
            <numerusform>Выполняется %n запроса</numerusform>
            <numerusform>Выполняется %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Нет запросов</translation>
    </message>
    <message>
        <source>About BI Workspace</source>
        <translation>О программе BI Workspace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BI Workspace %1&lt;/h3&gt;&lt;p&gt;An analyst&apos;s workspace for the Bitrix24 BI connector API: browse connectors, sources and datasets, check connections and manage fields.&lt;/p&gt;&lt;p&gt;Secrets are kept in the system keychain only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BI Workspace %1&lt;/h3&gt;&lt;p&gt;Рабочее место аналитика для API BI-коннекторов Битрикс24: просмотр коннекторов, источников и датасетов, проверка подключений и управление полями.&lt;/p&gt;&lt;p&gt;Секреты хранятся только в системном хранилище ключей.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before you leave?</source>
        <translation>%1: есть несохранённые изменения. Сохранить их, прежде чем уйти?</translation>
    </message>
</context>
<context>
    <name>PortalController</name>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). You may have to sign in again next time.</source>
        <translation>Не удалось сохранить обновлённые данные входа в хранилище ключей (%1). В следующий раз, возможно, придётся войти снова.</translation>
    </message>
    <message>
        <source>A secret could not be saved in the keychain: %1</source>
        <translation>Не удалось сохранить секрет в хранилище ключей: %1</translation>
    </message>
    <message>
        <source>Sign in to use this portal.</source>
        <translation>Войдите, чтобы работать с этим порталом.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the keychain: %1</source>
        <translation>Не удалось прочитать сохранённые данные входа из хранилища ключей: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>The portal no longer accepts the saved sign-in.</source>
        <translation>Портал больше не принимает сохранённые данные входа.</translation>
    </message>
    <message>
        <source>%1 Sign in again to continue; open windows and unsaved edits stay as they are.</source>
        <translation>%1 Войдите снова, чтобы продолжить; открытые окна и несохранённые правки останутся как есть.</translation>
    </message>
    <message>
        <source>The application key and the sign-in were deleted from the keychain.</source>
        <translation>Ключ приложения и данные входа удалены из хранилища ключей.</translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the keychain: %1</source>
        <translation>Не удалось удалить секреты из хранилища ключей: %1</translation>
    </message>
</context>
<context>
    <name>PortalDetailsPage</name>
    <message>
        <source>Portal and application</source>
        <translation>Портал и приложение</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address and the credentials Bitrix24 showed for the local application.</source>
        <translation>Введите адрес портала и данные, которые Битрикс24 показал для локального приложения.</translation>
    </message>
    <message>
        <source>https://yourcompany.bitrix24.com</source>
        <translation>https://yourcompany.bitrix24.ru</translation>
    </message>
    <message>
        <source>local.6650b0a1c2d3e4.12345678</source>
        <translation>local.6650b0a1c2d3e4.12345678</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Ключ приложения</translation>
    </message>
    <message>
        <source>A colour helps telling portals apart, e.g. red for production.</source>
        <translation>Цвет помогает различать порталы, например красный — для рабочего.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Адрес портала:</translation>
    </message>
    <message>
        <source>Application ID (client_id):</source>
        <translation>Код приложения (client_id):</translation>
    </message>
    <message>
        <source>Application key (client_secret):</source>
        <translation>Ключ приложения (client_secret):</translation>
    </message>
    <message>
        <source>Name in BI Workspace:</source>
        <translation>Название в BI Workspace:</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Цветная метка:</translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation>OAuth-сервер:</translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals use https://oauth.bitrix.info/. Change it only for a self-hosted portal or the sandbox.</source>
        <translation>Облачные порталы Битрикс24 используют https://oauth.bitrix.info/. Меняйте его только для коробочного портала или песочницы.</translation>
    </message>
    <message>
        <source>The application key is stored in the system keychain, never in a file.</source>
        <translation>Ключ приложения хранится в системном хранилище ключей и никогда — в файле.</translation>
    </message>
    <message>
        <source>This is a webhook address (…/rest/USER/CODE/). The BI Builder methods refuse webhooks with ACCESS_DENIED: they only answer a local application. Enter just the portal&apos;s address, e.g. https://%1, and the local application&apos;s ID and key below.</source>
        <translation>Это адрес вебхука (…/rest/USER/CODE/). Методы BI-конструктора отвечают вебхукам ACCESS_DENIED: они работают только с локальным приложением. Введите только адрес портала, например https://%1, а ниже — код и ключ локального приложения.</translation>
    </message>
    <message>
        <source>Enter the OAuth server, normally https://oauth.bitrix.info/.</source>
        <translation>Укажите OAuth-сервер, обычно https://oauth.bitrix.info/.</translation>
    </message>
</context>
<context>
    <name>PortalOperation</name>
    <message>
        <source>dataset “%1”</source>
        <translation>датасет «%1»</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>источник «%1»</translation>
    </message>
    <message>
        <source>connector “%1”</source>
        <translation>коннектор «%1»</translation>
    </message>
    <message>
        <source>Canceled: nothing was sent to the portal.</source>
        <translation>Отменено: на портал ничего не отправлялось.</translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and %1 could not be read back (%2): the change may or may not have been made. Refresh before trying again.</source>
        <translation>Ответ портала потерян, а прочитать заново %1 не удалось (%2): изменение могло быть внесено, а могло и нет. Обновите данные, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and reading back shows that %1 was not created. It was not sent again; you can try again.</source>
        <translation>Ответ портала потерян, и повторное чтение показывает, что %1 не создан. Повторно запрос не отправлялся; можно попробовать ещё раз.</translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and reading back shows that the change to %1 was not made. It was not sent again; you can try again.</source>
        <translation>Ответ портала потерян, и повторное чтение показывает, что изменение (%1) не внесено. Повторно запрос не отправлялся; можно попробовать ещё раз.</translation>
    </message>
    <message>
        <source>The portal created %1 (ID %2).</source>
        <translation>Портал создал %1 (ID %2).</translation>
    </message>
    <message>
        <source>The portal saved %1.</source>
        <translation>Портал сохранил %1.</translation>
    </message>
    <message>
        <source>The portal deleted %1.</source>
        <translation>Портал удалил %1.</translation>
    </message>
    <message>
        <source>The portal saved the columns of %1.</source>
        <translation>Портал сохранил поля: %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost or unclear, but reading back shows that the change was made; it was not sent again. %1</source>
        <translation>Ответ портала потерян или неясен, но повторное чтение показывает, что изменение внесено; повторно запрос не отправлялся. %1</translation>
    </message>
</context>
<context>
    <name>PortalSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>BI Workspace opens the portal&apos;s sign-in page in your browser. Sign in there and allow the application access; the browser then hands the sign-in back to BI Workspace.</source>
        <translation>BI Workspace откроет страницу входа портала в браузере. Войдите там и разрешите приложению доступ; затем браузер вернёт данные входа в BI Workspace.</translation>
    </message>
    <message>
        <source>Portal: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Handler path: %3</source>
        <translation>Портал: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Приложение: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Путь обработчика: %3</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile — %1</source>
        <translation>Изменение профиля — %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Оставьте пустым, чтобы сохранить текущий ключ</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>Код приложения:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Цветная метка:</translation>
    </message>
    <message>
        <source>New application key:</source>
        <translation>Новый ключ приложения:</translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation>OAuth-сервер:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Порт для перенаправления:</translation>
    </message>
    <message>
        <source>A new port takes effect at the next sign-in; update the handler path of the local application in Bitrix24 to match.</source>
        <translation>Новый порт начнёт действовать при следующем входе; измените соответственно путь обработчика локального приложения в Битрикс24.</translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (or a loopback address for the sandbox).</source>
        <translation>Адрес OAuth-сервера должен начинаться с https:// (или быть локальным адресом для песочницы).</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>Портал не подключён</translation>
    </message>
    <message>
        <source>The portal you are working with</source>
        <translation>Портал, с которым вы работаете</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Подключить портал…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Изменить профиль…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Deletes this portal&apos;s client secret and sign-in from the keychain</source>
        <translation>Удаляет секретный ключ приложения и данные входа этого портала из хранилища ключей</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Connect, edit, sign out of or remove portals</source>
        <translation>Подключение, изменение, выход и удаление порталов</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>Sign-in could not be checked</source>
        <translation>Не удалось проверить вход</translation>
    </message>
</context>
<context>
    <name>ProfilesUi</name>
    <message>
        <source>BI Workspace — %1</source>
        <translation>BI Workspace — %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Client secrets and sign-ins are kept in memory for this session only and are not saved: you will have to sign in again after restarting BI Workspace.</source>
        <translation>Системное хранилище ключей недоступно (%1). Секретные ключи приложений и данные входа хранятся в памяти только до конца сеанса и не сохраняются: после перезапуска BI Workspace придётся войти снова.</translation>
    </message>
    <message>
        <source>No portal is connected yet.</source>
        <translation>Ни один портал ещё не подключён.</translation>
    </message>
    <message>
        <source>Connect a portal…</source>
        <translation>Подключить портал…</translation>
    </message>
    <message>
        <source>Choose a portal in the toolbar.</source>
        <translation>Выберите портал на панели инструментов.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>You are signed out of %1. %2</source>
        <translation>Вы вышли из %1. %2</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Sign-in required for %1. %2</source>
        <translation>Требуется вход на %1. %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Sign out of %1? Its application key and sign-in are deleted from the keychain; to sign in again you will need the application key.</source>
        <translation>Выйти из %1? Ключ приложения и данные входа будут удалены из хранилища ключей; чтобы войти снова, понадобится ключ приложения.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Remove the profile %1? Its secrets are deleted from the keychain. Nothing changes on the portal.</source>
        <translation>Удалить профиль %1? Его секреты будут удалены из хранилища ключей. На портале ничего не изменится.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Хранилище ключей</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>The connector declares no settings.</source>
        <translation>Коннектор не объявляет настроек.</translation>
    </message>
    <message>
        <source>Show all &amp;values</source>
        <translation>Показать все &amp;значения</translation>
    </message>
    <message>
        <source>Setting values may be passwords or tokens; they are hidden until you show them.</source>
        <translation>Значения настроек могут быть паролями или токенами; они скрыты, пока вы их не покажете.</translation>
    </message>
    <message>
        <source>Setting code: %1, type: %2</source>
        <translation>Код настройки: %1, тип: %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show or hide this value</source>
        <translation>Показать или скрыть это значение</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt; as the application &lt;b&gt;%2&lt;/b&gt;. Your browser opens the portal&apos;s sign-in page.</source>
        <translation>Вход на &lt;b&gt;%1&lt;/b&gt; от имени приложения &lt;b&gt;%2&lt;/b&gt;. В браузере откроется страница входа портала.</translation>
    </message>
    <message>
        <source>Application key (client_secret):</source>
        <translation>Ключ приложения (client_secret):</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>No answer came from the browser. Click Sign in to try again.</source>
        <translation>Браузер не прислал ответ. Нажмите «Войти», чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <source>Click Sign in first, then paste the address the browser shows after you allow access.</source>
        <translation>Сначала нажмите «Войти», затем вставьте адрес, который браузер покажет после того, как вы разрешите доступ.</translation>
    </message>
    <message>
        <source>This address carries no sign-in code. Copy the whole address from the browser&apos;s address bar after you clicked Allow.</source>
        <translation>В этом адресе нет кода входа. Скопируйте адрес целиком из адресной строки браузера после того, как нажмёте «Разрешить».</translation>
    </message>
    <message>
        <source>This address belongs to an older sign-in attempt. Use the address from the browser tab this attempt opened.</source>
        <translation>Этот адрес относится к предыдущей попытке входа. Используйте адрес из вкладки браузера, открытой этой попыткой.</translation>
    </message>
    <message>
        <source>The sign-in was interrupted.</source>
        <translation>Вход прерван.</translation>
    </message>
    <message>
        <source>The OAuth server rejected the client ID or the client secret. Copy both again from the local application&apos;s page in Bitrix24 (Developer resources → Other → Local application).</source>
        <translation>OAuth-сервер отклонил код или ключ приложения. Скопируйте их заново со страницы локального приложения в Битрикс24 (Разработчикам → Другое → Локальное приложение).</translation>
    </message>
    <message>
        <source>The sign-in code was refused: it is valid for 30 seconds and only once. Click Sign in to try again.</source>
        <translation>Код входа отклонён: он действует 30 секунд и только один раз. Нажмите «Войти», чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <source>The application has no access to BI Builder. In Bitrix24, open the local application&apos;s settings, add the &quot;biconnector&quot; scope, save, and sign in again.</source>
        <translation>У приложения нет доступа к BI-конструктору. В Битрикс24 откройте настройки локального приложения, добавьте право «biconnector», сохраните и войдите снова.</translation>
    </message>
    <message>
        <source>Access was not granted on the portal&apos;s sign-in page. Click Sign in and choose Allow.</source>
        <translation>На странице входа портала доступ не был предоставлен. Нажмите «Войти» и выберите «Разрешить».</translation>
    </message>
    <message>
        <source>The portal refused access to BI Builder. Your account needs the &quot;Access to BI Builder&quot; and &quot;Access to Analytics Hub&quot; permissions, and the portal must be called through a local application, never through a webhook address.</source>
        <translation>Портал отказал в доступе к BI-конструктору. Вашей учётной записи нужны права «Доступ к BI-конструктору» и «Доступ к рабочему месту аналитика», а обращаться к порталу нужно через локальное приложение, а не по адресу вебхука.</translation>
    </message>
    <message>
        <source>Could not reach %1 or the OAuth server %2. Check the addresses and the network connection.</source>
        <translation>Не удалось связаться с %1 или с OAuth-сервером %2. Проверьте адреса и подключение к сети.</translation>
    </message>
    <message>
        <source>The portal does not know the application %1. Check the client ID and that the application is installed on this portal.</source>
        <translation>Портал не знает приложение %1. Проверьте код приложения (client_id) и то, что приложение установлено на этом портале.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Click Sign in. Your browser opens the portal&apos;s sign-in page; choose Allow there.</source>
        <translation>Нажмите «Войти». В браузере откроется страница входа портала; выберите там «Разрешить».</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Открыть браузер снова</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Скопировать адрес входа</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/?code=…&amp;state=…</source>
        <translation>http://127.0.0.1:…/?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>If the browser does not return to BI Workspace by itself, copy the address the browser shows after you click Allow and paste it here:</source>
        <translation>Если браузер не вернётся в BI Workspace сам, скопируйте адрес, который браузер покажет после нажатия «Разрешить», и вставьте его сюда:</translation>
    </message>
    <message>
        <source>No browser could be opened. Click &quot;Copy the sign-in address&quot; and open it in a browser yourself.</source>
        <translation>Не удалось открыть браузер. Нажмите «Скопировать адрес входа» и откройте его в браузере самостоятельно.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to the portal there and click Allow.</source>
        <translation>Ожидание браузера… Войдите там на портал и нажмите «Разрешить».</translation>
    </message>
    <message>
        <source>Exchanging the sign-in code for tokens…</source>
        <translation>Обмен кода входа на токены…</translation>
    </message>
    <message>
        <source>Checking access to BI Builder: listing connectors…</source>
        <translation>Проверка доступа к BI-конструктору: получение списка коннекторов…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Войти не удалось.</translation>
    </message>
    <message>
        <source>Use the field below instead.</source>
        <translation>Воспользуйтесь полем ниже.</translation>
    </message>
</context>
<context>
    <name>SignInResultPage</name>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>The sign-in works. Click Finish to start working with this portal.</source>
        <translation>Вход работает. Нажмите «Готово», чтобы начать работу с этим порталом.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application has no connectors yet: connectors belong to the application that created them, so ones made by other applications are not listed.</source>
        <translation>Выполнен вход на &lt;b&gt;%1&lt;/b&gt;. У приложения пока нет коннекторов: коннекторы принадлежат создавшему их приложению, поэтому созданные другими приложениями не показываются.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application sees %n connector(s):</source>
        <translation>
            <numerusform>Выполнен вход на &lt;b&gt;%1&lt;/b&gt;. Приложению доступен %n коннектор:</numerusform>
            <numerusform>Выполнен вход на &lt;b&gt;%1&lt;/b&gt;. Приложению доступны %n коннектора:</numerusform>
            <numerusform>Выполнен вход на &lt;b&gt;%1&lt;/b&gt;. Приложению доступно %n коннекторов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <source>New &amp;source…</source>
        <translation>Новый &amp;источник…</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Check &amp;all sources of this connector</source>
        <translation>Проверить &amp;все источники коннектора</translation>
    </message>
    <message>
        <source>&amp;Delete source…</source>
        <translation>&amp;Удалить источник…</translation>
    </message>
    <message>
        <source>Create a source (a connection) for a connector</source>
        <translation>Создать источник (подключение) для коннектора</translation>
    </message>
    <message>
        <source>Check the selected source&apos;s connection from this computer (F9)</source>
        <translation>Проверить подключение выбранного источника с этого компьютера (F9)</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; created.</source>
        <translation>Источник «%1» создан.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not checked: %2</source>
        <translation>Источник «%1» не проверен: %2</translation>
    </message>
    <message>
        <source>Reading the sources of &quot;%1&quot;…</source>
        <translation>Чтение источников «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Check all sources</source>
        <translation>Проверка всех источников</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n source(s)…</source>
        <translation>
            <numerusform>Проверено %1 из %n источника…</numerusform>
            <numerusform>Проверено %1 из %n источников…</numerusform>
            <numerusform>Проверено %1 из %n источников…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources of &quot;%1&quot; were not checked: %2</source>
        <translation>Источники «%1» не проверены: %2</translation>
    </message>
    <message>
        <source>%1: check canceled after %2 passed and %3 failed.</source>
        <translation>%1: проверка отменена; успешно — %2, с ошибкой — %3.</translation>
    </message>
    <message>
        <source>%1: %2 passed, %3 failed.</source>
        <translation>%1: успешно — %2, с ошибкой — %3.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <source>The datasets of &quot;%1&quot; could not be listed, so nothing was deleted: %2</source>
        <translation>Не удалось получить список датасетов «%1», поэтому ничего не удалено: %2</translation>
    </message>
    <message>
        <source>Delete the source &quot;%1&quot; and its connection settings from the portal? This cannot be undone.</source>
        <translation>Удалить с портала источник «%1» и его настройки подключения? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Deleting dataset %1 of %2…</source>
        <translation>Удаление датасета %1 из %2…</translation>
    </message>
    <message>
        <source>Deleting the source…</source>
        <translation>Удаление источника…</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; deleted.</source>
        <translation>Источник «%1» удалён.</translation>
    </message>
    <message numerus="yes">
        <source>Source &quot;%1&quot; and %n dataset(s) deleted.</source>
        <translation>
            <numerusform>Источник «%1» и %n датасет удалены.</numerusform>
            <numerusform>Источник «%1» и %n датасета удалены.</numerusform>
            <numerusform>Источник «%1» и %n датасетов удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal refused to delete the source because datasets still belong to it (&quot;Cannot delete source. Delete all related datasets first.&quot;). Someone may have added one meanwhile: refresh the source to see its datasets, then delete again and include them.</source>
        <translation>Портал отказался удалить источник, потому что у него ещё есть датасеты. Возможно, кто-то тем временем добавил датасет: обновите источник, чтобы увидеть его датасеты, затем удалите его снова вместе с ними.</translation>
    </message>
    <message>
        <source>The deletion stopped: %1</source>
        <translation>Удаление остановлено: %1</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>%1 (checked at %2)</source>
        <translation>%1 (проверено в %2)</translation>
    </message>
    <message>
        <source>Not checked: %1 (at %2)</source>
        <translation>Не проверено: %1 (в %2)</translation>
    </message>
    <message>
        <source>Check canceled</source>
        <translation>Проверка отменена</translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation>Подключение работает: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Ошибка подключения: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation>%1 (через %2 мс)</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 за %2 мс</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Sent (POST, form-encoded; setting values shown as ***): %1</source>
        <translation>Отправлено (POST, данные формы; значения настроек показаны как ***): %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>The check was canceled after %1 ms.</source>
        <translation>Проверка отменена через %1 мс.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-статус: %1</translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation>Нет HTTP-ответа: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>неизвестная причина</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Время: %1 мс</translation>
    </message>
    <message numerus="yes">
        <source>Response: %n byte(s)</source>
        <translation>
            <numerusform>Ответ: %n байт</numerusform>
            <numerusform>Ответ: %n байта</numerusform>
            <numerusform>Ответ: %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Findings: none; the portal would accept this answer.</source>
        <translation>Замечаний нет: портал принял бы этот ответ.</translation>
    </message>
    <message>
        <source>Body excerpt (setting values replaced by ***):</source>
        <translation>Фрагмент тела ответа (значения настроек заменены на ***):</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>No direct check from this computer is available.</source>
        <translation>Прямая проверка с этого компьютера недоступна.</translation>
    </message>
    <message>
        <source>The direct check from this computer passed (%1), so the connector answers here but the portal could not reach it: it may refuse local or private addresses, or a firewall may be in between.</source>
        <translation>Прямая проверка с этого компьютера прошла успешно (%1): коннектор отвечает отсюда, но портал не смог до него достучаться. Возможно, портал не принимает локальные или частные адреса или мешает межсетевой экран.</translation>
    </message>
    <message>
        <source>The direct check from this computer failed too (%1). Correct the settings (see the check details) and save again.</source>
        <translation>Прямая проверка с этого компьютера тоже не прошла (%1). Исправьте настройки (см. подробности проверки) и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>SourceDeleteDialog</name>
    <message>
        <source>Dataset</source>
        <translation>Датасет</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Удаление источника</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The source &lt;b&gt;%1&lt;/b&gt; still has %n dataset(s). The portal does not delete a source that has datasets (it answers &quot;Cannot delete source. Delete all related datasets first.&quot;).&lt;/p&gt;&lt;p&gt;Deleting the datasets removes their column settings on the portal; BI Builder reports built on them stop working. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;У источника &lt;b&gt;%1&lt;/b&gt; ещё есть %n датасет. Портал не удаляет источник, у которого есть датасеты.&lt;/p&gt;&lt;p&gt;При удалении датасетов на портале удаляются настройки их столбцов; отчёты BI-конструктора, построенные на них, перестанут работать. Это действие нельзя отменить.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;У источника &lt;b&gt;%1&lt;/b&gt; ещё есть %n датасета. Портал не удаляет источник, у которого есть датасеты.&lt;/p&gt;&lt;p&gt;При удалении датасетов на портале удаляются настройки их столбцов; отчёты BI-конструктора, построенные на них, перестанут работать. Это действие нельзя отменить.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;У источника &lt;b&gt;%1&lt;/b&gt; ещё есть %n датасетов. Портал не удаляет источник, у которого есть датасеты.&lt;/p&gt;&lt;p&gt;При удалении датасетов на портале удаляются настройки их столбцов; отчёты BI-конструктора, построенные на них, перестанут работать. Это действие нельзя отменить.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Also delete these %n dataset(s), then the source</source>
        <translation>
            <numerusform>&amp;Сначала удалить этот %n датасет, затем источник</numerusform>
            <numerusform>&amp;Сначала удалить эти %n датасета, затем источник</numerusform>
            <numerusform>&amp;Сначала удалить эти %n датасетов, затем источник</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>SourceDetailPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Коннектор:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Активен:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Изменён:</translation>
    </message>
    <message>
        <source>Save the title, description and changed settings (the portal checks the connection first)</source>
        <translation>Сохранить название, описание и изменённые настройки (портал сначала проверяет подключение)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color: gray;&quot;&gt;— read-only: the REST API does not change this flag; the portal sets it.&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color: gray;&quot;&gt;— только для чтения: REST API не меняет этот признак, его устанавливает портал.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no (the portal marked this source inactive)</source>
        <translation>нет (портал пометил этот источник как неактивный)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot;</source>
        <translation>Источник «%1»</translation>
    </message>
    <message>
        <source>Saving… The portal checks the connection before it saves.</source>
        <translation>Сохранение… Перед сохранением портал проверяет подключение.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Коннектор:</translation>
    </message>
    <message>
        <source>Fill in the connector&apos;s settings and check the connection. Saving creates the source on the portal, which checks the connection itself first.</source>
        <translation>Заполните настройки коннектора и проверьте подключение. При сохранении источник создаётся на портале, который сначала сам проверяет подключение.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>There is no connector to create a source for. Create a connector first.</source>
        <translation>Нет коннектора, для которого можно создать источник. Сначала создайте коннектор.</translation>
    </message>
    <message>
        <source>Loading the connector&apos;s settings…</source>
        <translation>Загрузка настроек коннектора…</translation>
    </message>
    <message>
        <source>The connector could not be loaded: %1</source>
        <translation>Не удалось загрузить коннектор: %1</translation>
    </message>
    <message>
        <source>New source — %1</source>
        <translation>Новый источник — %1</translation>
    </message>
    <message>
        <source>Saving… The portal checks the connection before it creates the source.</source>
        <translation>Сохранение… Перед созданием источника портал проверяет подключение.</translation>
    </message>
    <message>
        <source>The portal could not connect; checking directly from this computer…</source>
        <translation>Портал не смог подключиться; проверка напрямую с этого компьютера…</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Connection settings</source>
        <translation>Настройки подключения</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
</TS>
