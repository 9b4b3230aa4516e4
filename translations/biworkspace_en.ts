<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The connector still has sources. Delete its sources first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source still has datasets. Delete its datasets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table with this name already exists on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not know this method. Its version may be older than this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not connect to the connector with these settings, so the source was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not connect to the connector with these settings, so the source was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not receive any sign-in data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks the &quot;biconnector&quot; permission on this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied. The account needs access to BI Builder and the Analytics Hub, and the portal must be called as an application, not a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object was not found. It may have been deleted, or it belongs to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal rejected the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the change because of related objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not connect to the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is limiting the request rate. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has temporarily blocked this method because it used too much server time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal failed to process the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent a reply that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was lost, so it is unknown whether the change was made. Refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The portal says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address uses unencrypted http://, so nothing was sent: sign-in data travels only over https:// (plain http:// is allowed only for this computer). Use the portal&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the portal failed: its certificate could not be verified (%1). Nothing was sent. Check the address, or ask the portal&apos;s administrator to fix the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSetupPage</name>
    <message>
        <source>This is not a web address. Enter it like https://yourcompany.bitrix24.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace talks to portals over HTTPS only. Use the https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a local application in Bitrix24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace signs in to your portal as a local application of your own. Create it once per portal; it takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: -20px;&quot;&gt;&lt;li&gt;In Bitrix24, open &lt;b&gt;Developer resources → Other → Local application&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose a &lt;b&gt;server-side&lt;/b&gt; application and tick &lt;b&gt;Script only (no user interface)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the address below into &lt;b&gt;Your handler path&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Assign permissions&lt;/b&gt;, select &lt;b&gt;BI Builder (biconnector)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Save. Bitrix24 shows the &lt;b&gt;Application ID&lt;/b&gt; (client_id) and the &lt;b&gt;Application key&lt;/b&gt; (client_secret): you need both on the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the port only if another program on this computer uses it. Then update the handler path in Bitrix24 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler address points to this computer: after you allow access in the browser, the portal sends the sign-in back to BI Workspace through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationSetup</name>
    <message>
        <source>Analyst&apos;s workspace for the Bitrix24 BI connector API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in demo portal (a local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, ru).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorTagCombo</name>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationActions</name>
    <message>
        <source>&amp;Export configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connectors, sources and datasets to a file, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate connectors, sources and datasets from an exported file on this portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationDocument</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a BI Workspace configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of BI Workspace (format version %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationExportDialog</name>
    <message>
        <source>&amp;Include source setting values (passwords, tokens, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors are exported with their sources, datasets and columns. A file without setting values can be shared safely: nobody can connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connectors to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain the sources&apos; passwords and tokens in plain text. Keep it private and delete it after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connectors could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal has no connectors to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n connector(s); choose where to save the file.</source>
        <translation>
            <numerusform>Read %n connector; choose where to save the file.</numerusform>
            <numerusform>Read %n connectors; choose where to save the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the configuration to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n connector(s) to %1.</source>
        <translation>
            <numerusform>Saved %n connector to %1.</numerusform>
            <numerusform>Saved %n connectors to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationExporter</name>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPortalWizard</name>
    <message>
        <source>Connect a portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheckView</name>
    <message>
        <source>C&amp;heck connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the connector&apos;s check URL from this computer with these settings, the way the portal does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel c&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorActions</name>
    <message>
        <source>&amp;Connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connector with the New connector wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected connector (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the connector&apos;s endpoints the way the portal does and check the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test endpoints with this source&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what depends on connector “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out what depends on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connector “%1”? It has no sources. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused to delete “%1”: %2

Sources were added after the check. Show what depends on the connector now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector “%1” and everything under it deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorBasicsEditor</name>
    <message>
        <source>The connector maps column names (mapFields is sent to urlData)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to users when they create a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position among the connectors: lower numbers come first (the portal&apos;s default is 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connector of this application is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorBasicsPage</name>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connector appears to users who create a connection with it. The portal requires a title and a logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorContractReport</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: `%1` %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (form-encoded POST): `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol violations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body (first %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint contract test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search string: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorContractTest</name>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse wrong settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the test was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table to use: the table list returned none and no table was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector declares no settings, so there are no credentials to get wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled while waiting for the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint could not be reached, so the refusal of wrong settings is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urlCheck accepted deliberately wrong setting values (HTTP %1 with a non-empty body): the portal would create sources with any credentials. Answer a non-200 status or an empty body when the credentials are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urlCheck refused the wrong values (HTTP %1), as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol violation(s): the portal would reject this answer.</source>
        <translation>
            <numerusform>%n protocol violation: the portal would reject this answer.</numerusform>
            <numerusform>%n protocol violations: the portal would reject this answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal would accept the connection (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) listed.</source>
        <translation>
            <numerusform>%n table listed.</numerusform>
            <numerusform>%n tables listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table “%1”: %n column(s).</source>
        <translation>
            <numerusform>Table “%1”: %n column.</numerusform>
            <numerusform>Table “%1”: %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table “%1”: a header of %2 column(s) and %n row(s).</source>
        <translation>
            <numerusform>Table “%1”: a header of %2 column(s) and %n row.</numerusform>
            <numerusform>Table “%1”: a header of %2 column(s) and %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteDialog</name>
    <message>
        <source>Delete connector “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The portal refuses to delete a connector that still has sources, and a source that still has datasets. “%1” has %n source(s) with %2 dataset(s):</source>
        <translation>
            <numerusform>The portal refuses to delete a connector that still has sources, and a source that still has datasets. “%1” has %n source with %2 dataset(s):</numerusform>
            <numerusform>The portal refuses to delete a connector that still has sources, and a source that still has datasets. “%1” has %n sources with %2 dataset(s):</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Delete everything” deletes each source&apos;s datasets, then the source, and finally the connector, one at a time, and stops at the first error. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the running step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector “%1” and everything under it were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n deletion(s). Nothing else was deleted.</source>
        <translation>
            <numerusform>Stopped after %n deletion. Nothing else was deleted.</numerusform>
            <numerusform>Stopped after %n deletions. Nothing else was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1: %2 Stopped there; %n object(s) had been deleted before.</source>
        <translation>
            <numerusform>Could not delete %1: %2 Stopped there; %n object had been deleted before.</numerusform>
            <numerusform>Could not delete %1: %2 Stopped there; %n objects had been deleted before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorDetailPane</name>
    <message>
        <source>&amp;Test endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the portal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the problems marked above before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which sources store values for the removed settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources of this connector could not be checked (%1). If any of them stores a value for %2, the portal discards it when the schema no longer declares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new settings schema no longer declares %1. The portal discards the values that %n source(s) store for them; they would have to be entered again.</source>
        <translation>
            <numerusform>The new settings schema no longer declares %1. The portal discards the values that %n source stores for them; they would have to be entered again.</numerusform>
            <numerusform>The new settings schema no longer declares %1. The portal discards the values that %n sources store for them; they would have to be entered again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source “%1” (ID %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove settings in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (the portal&apos;s reply was lost, but the connector has the new values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and the connector still has its old values: nothing was saved. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointClient</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointRules</name>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an absolute http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// in %1: the portal would send the source&apos;s settings (credentials) unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private or loopback host (%2) in %1: the portal refuses such addresses unless the option biconnector.allow_local_connections is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointsEditor</name>
    <message>
        <source>&amp;Check (urlCheck):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;list (urlTableList):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table d&amp;escription (urlTableDescription):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data (urlData):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the four URLs below from the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…/check, /tables, /describe, /data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…?action=check|table_list|…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the four URLs are derived from the base URL: one path per endpoint (as the sandbox sample connector), or an action parameter (as the official example connector: check, table_list, table_description, data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorEndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four URLs the portal calls (POST, form-encoded). Enter a base URL to fill them in a conventional layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorFindingsLabel</name>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorLogo</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; a logo may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SVG, PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, embedded as a data: URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorLogoPicker</name>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal requires a logo: choose an image file or enter its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image chosen (SVG, PNG or JPEG, at most 512 KB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings: sources of this connector will send no connection[…] values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsModel</name>
    <message>
        <source>The code &quot;%1&quot; is already used by setting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users fill in for each connection (credentials, account ids…). The portal sends the values to every endpoint as connection[code]. Types are STRING or INT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what biconnector.connector.add will receive. The portal does not contact the endpoints when the connector is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not pass — see the Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n character)</numerusform>
            <numerusform>… (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request: biconnector.connector.add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorTestPage</name>
    <message>
        <source>&amp;Run test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sample values and call the endpoints from this computer the way the portal will. Nothing is stored; you can skip this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;string (urlTableList):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorWizard</name>
    <message>
        <source>New connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the connector on the portal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTesterDialog</name>
    <message>
        <source>&amp;Run test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test endpoints — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the connector&apos;s endpoints from this computer exactly as the portal would (form-encoded POST, connection[…] values), checks every answer against the protocol, and finally calls urlCheck with deliberately wrong values, which the connector must refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values entered below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first table listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sent as connection[…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;string (urlTableList):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table (urlTableDescription, urlData):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connector&apos;s sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector has no sources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the source&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of source “%1” (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetActions</name>
    <message>
        <source>&amp;Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dataset from a table of the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source to create a dataset from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?

Its fields are deleted with it, and BI Builder reports built on it stop working. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and the dataset still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset “%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetAddFieldDialog</name>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connector&apos;s column code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME_IN_BITRIX24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is added when you apply the pending changes. Its name and type cannot be changed afterwards; new fields are always visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetDataPreview</name>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows to ask the connector for (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All columns are hidden: BI Builder would receive no data. Make at least one column visible to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading up to %n row(s)…</source>
        <translation>
            <numerusform>Loading up to %n row…</numerusform>
            <numerusform>Loading up to %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch table data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the connector; only the columns visible in BI Builder are shown.</source>
        <translation>
            <numerusform>%n row from the connector; only the columns visible in BI Builder are shown.</numerusform>
            <numerusform>%n rows from the connector; only the columns visible in BI Builder are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetDetailPane</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fields with the connector&apos;s current columns and add or delete the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dataset from Bitrix24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the description (biconnector.dataset.update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply or revert the pending field changes first: the sync writes to the portal directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s source is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetDraft</name>
    <message>
        <source>Could not read the columns of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists in this Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and checking whether the dataset was created failed (%1). Refresh the source before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer was lost and the dataset was not created. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFieldsDraftModel</name>
    <message>
        <source>%1
Suggested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible in BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible in BI Builder. Click to show or hide all columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column name in Bitrix24: A–Z, 0–9 and _, starting with a letter, at most %1 characters. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column type. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column is also named &quot;%1&quot;: names must be unique within the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFieldsEditor</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected fields in BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected fields from BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected fields, or hide them when all are visible (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap shown and hidden (of the selected fields when several are selected, else of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fields whose name or type matches a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the fields whose name or type matches a pattern, e.g. *_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column of the connector&apos;s table (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected fields when the changes are applied (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every pending change to the portal in one request (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not answer, and the dataset shows the changes were not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not applied: %1 They are still pending; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), %1 visible in BI Builder</source>
        <translation>
            <numerusform>%n field, %1 visible in BI Builder</numerusform>
            <numerusform>%n fields, %1 visible in BI Builder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFieldsModel</name>
    <message>
        <source>Add field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: will be shown in BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: will be hidden from BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: will be added (new fields are always visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible in BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from BI Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible in BI Builder. Click to show or hide all fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n field(s)</source>
        <translation>
            <numerusform>Show %n field</numerusform>
            <numerusform>Show %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n field(s)</source>
        <translation>
            <numerusform>Hide %n field</numerusform>
            <numerusform>Hide %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fields matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide fields matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new field needs a name, a type and an external code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external code &quot;%1&quot; belongs to a field that is being deleted. Apply the deletion first, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset already has a field with the external code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to a field that is being deleted. The portal does not allow re-using it in the same change: apply the deletion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset already has a field named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n field(s)</source>
        <translation>
            <numerusform>Delete %n field</numerusform>
            <numerusform>Delete %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFieldsPage</name>
    <message>
        <source>&amp;Suggest valid names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which columns BI Builder sees and how they are named in Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Names and types cannot be changed after the dataset is created.&lt;/b&gt; Only visibility can. Names use A–Z, 0–9 and _, start with a letter and have at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every invalid or duplicate name with a valid one (transliterated, upper-case, unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of %1. Choose which ones BI Builder sees and how they are named in Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1 visible in BI Builder.</source>
        <translation>
            <numerusform>%n column, %1 visible in BI Builder.</numerusform>
            <numerusform>%n columns, %1 visible in BI Builder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). First: %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFieldsSync</name>
    <message>
        <source>The name &quot;%1&quot; is already used in this dataset (deleted columns still count until the change is applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column %1 (%2) → add as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 no longer exists → delete %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 changed type %2 → %3. Types cannot change: delete %4 and re-add as %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFieldsTableModel</name>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetMatchDialog</name>
    <message>
        <source>Show matching fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide matching fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. *_ID or CREATED*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* matches any characters, ? one character. Compared with the name and the external code, ignoring case. Empty matches every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be shown.</source>
        <translation>
            <numerusform>%n field will be shown.</numerusform>
            <numerusform>%n fields will be shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be hidden.</source>
        <translation>
            <numerusform>%n field will be hidden.</numerusform>
            <numerusform>%n fields will be hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetNamePage</name>
    <message>
        <source>Name and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dataset is called in Bitrix24 and BI Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The dataset name, column names and column types cannot be changed after the dataset is created.&lt;/b&gt; Column visibility and the description can be changed at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From table %1: %n column(s), %2 visible in BI Builder (%3).</source>
        <translation>
            <numerusform>From table %1: %n column, %2 visible in BI Builder (%3).</numerusform>
            <numerusform>From table %1: %n columns, %2 visible in BI Builder (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the names of existing datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the names of existing datasets (%1); the portal will refuse a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the dataset will show in BI Builder: the first %1 rows, visible columns only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetSourceEndpoint</name>
    <message>
        <source>Not connected to a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the source&apos;s connector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetSyncDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete + re-add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply chosen changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1 with its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the fields of &lt;b&gt;%1&lt;/b&gt; with what the connector describes for table &lt;b&gt;%2&lt;/b&gt; now. Column types cannot change in Bitrix24: a column whose type changed can only be deleted and added again under a new name (reports that use the old name will lose it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connector&apos;s description of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the table&apos;s columns. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the column to add; double-click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset matches its source: nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) found. Choose what to apply.</source>
        <translation>
            <numerusform>%n difference found. Choose what to apply.</numerusform>
            <numerusform>%n differences found. Choose what to apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-adding the columns whose type changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old columns were deleted, but re-adding them failed: %1 Sync again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetTablePage</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tables. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector offers no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n table.</numerusform>
            <numerusform>%n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables that the source&apos;s connector offers. Type to search on the connector&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables that the connector of “%1” offers. Type to search on the connector&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetWizard</name>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns, names and settings you chose will be lost. Cancel creating the dataset?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPortal</name>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo portal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailStack</name>
    <message>
        <source>Select a connector, source or dataset to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%n connector(s) loaded.&lt;/p&gt;&lt;p&gt;Expand a connector to see its sources, and a source to see its datasets. Press Ctrl+F to search everything.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%n connector loaded.&lt;/p&gt;&lt;p&gt;Expand a connector to see its sources, and a source to see its datasets. Press Ctrl+F to search everything.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%n connectors loaded.&lt;/p&gt;&lt;p&gt;Expand a connector to see its sources, and a source to see its datasets. Press Ctrl+F to search everything.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Loading connectors…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailWidgets</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCall</name>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes and was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTestView</name>
    <message>
        <source>Ca&amp;ncel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the endpoints the way the portal calls them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed: the portal would reject these answers.</source>
        <translation>
            <numerusform>%n step failed: the portal would reject this answer.</numerusform>
            <numerusform>%n steps failed: the portal would reject these answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal would accept every answer, with %n warning(s).</source>
        <translation>
            <numerusform>The portal would accept every answer, with %n warning.</numerusform>
            <numerusform>The portal would accept every answer, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>All steps passed: the portal would accept every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check accepts wrong credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (POST form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointValidation</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint answered HTTP status %1; the portal accepts only 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is empty or &quot;0&quot;; the portal treats that as a failed call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body starts with a UTF-8 byte order mark, which the portal&apos;s JSON decoder rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is a JSON object, not an array. The portal tolerates this and uses the object&apos;s values, but the protocol asks for an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is JSON but not an array: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body reports a failure, but with status 200 and a non-empty body the portal accepts the connection anyway. Answer a non-200 status to reject credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table item(s) lack a non-empty &quot;code&quot; or &quot;title&quot; (&quot;0&quot; counts as empty): %1.</source>
        <translation>
            <numerusform>%n table item lacks a non-empty &quot;code&quot; or &quot;title&quot; (&quot;0&quot; counts as empty): %1.</numerusform>
            <numerusform>%n table items lack a non-empty &quot;code&quot; or &quot;title&quot; (&quot;0&quot; counts as empty): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table description is an empty array; the portal needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) lack a non-empty &quot;code&quot;, &quot;name&quot; or &quot;type&quot;: %1.</source>
        <translation>
            <numerusform>%n column lacks a non-empty &quot;code&quot;, &quot;name&quot; or &quot;type&quot;: %1.</numerusform>
            <numerusform>%n columns lack a non-empty &quot;code&quot;, &quot;name&quot; or &quot;type&quot;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal does not know the column type(s) %1 and stores them as string. Known types: int, string, double, date, datetime, money, timezone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is an empty array without a header row; the portal learns no columns from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the data are not arrays: %1.</source>
        <translation>
            <numerusform>%n row of the data is not an array: %1.</numerusform>
            <numerusform>%n rows of the data are not arrays: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first element must be the header row: an array of column codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is empty; it must hold the column codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must hold the column codes as non-empty strings; it looks like data instead (cells %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ in width from the header&apos;s %1 columns: %2.</source>
        <translation>
            <numerusform>%n row differs in width from the header&apos;s %1 columns: %2.</numerusform>
            <numerusform>%n rows differ in width from the header&apos;s %1 columns: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header row lacks the external code(s) %1; the portal looks values up by external code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDetailPane</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityValidation</name>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name has to start with a lowercase Latin character. Possible entry includes lowercase Latin characters (a-z), numbers (0-9) and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name must not be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; has to start with an uppercase Latin character. Possible entry includes uppercase Latin characters (A-Z), numbers (0-9) and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; must not be longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid field type &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate column names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset needs at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate values found in the &quot;code&quot; parameter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field must have a name, a type and an external code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings must include &quot;type&quot;, &quot;name&quot; and &quot;code&quot; fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting name must not be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting code must not be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;type&quot; is not correct: use STRING or INT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HierarchyBrowser</name>
    <message>
        <source>Search connectors, sources, datasets (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HierarchyModel</name>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 — double-click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns %1 were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported because its connector “%1” was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported because its source “%1” was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One change at a time, connectors first. Stopping waits for the change being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file exported from another portal with Export configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed yet: Next compares the file with this portal and shows what an import would create or update. Connectors are matched by title, sources by title under their connector, datasets by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/bi-configuration.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n connector(s) of the file with the portal…</source>
        <translation>
            <numerusform>Comparing %n connector of the file with the portal…</numerusform>
            <numerusform>Comparing %n connectors of the file with the portal…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanItem</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>endpoints on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive in the file, but the portal creates every source active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n hidden</source>
        <translation>
            <numerusform>%1, %n hidden</numerusform>
            <numerusform>%1, %n hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanPage</name>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted. Objects in conflict are not imported, nor is anything below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy dry-run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the portal already has everything the file describes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s connector is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has several connectors titled “%1”; connectors are matched by title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has %1 connectors titled “%2”; rename all but one so the import can tell which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: its connector “%1” is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sources of the type “rest” can be created through the REST API; the file says “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector has %1 sources titled “%2” on the portal; rename all but one so the import can tell which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: its source “%1” is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s dataset is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has several datasets named “%1”; dataset names are unique on a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is taken by a dataset of the source “%2” (connector “%3”); dataset names are unique on a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the portal this dataset reads the external table “%1” (%2), the file says “%3” (%4); a dataset&apos;s external table cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 reads “%2” on the portal and “%3” in the file; columns cannot be changed, only added or hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added (%1), hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column for “%1” is %2 (%3) on the portal and %4 (%5) in the file; column names and types cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each object of the file. Run the import again to retry what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created or updated</source>
        <translation>
            <numerusform>%n object created or updated</numerusform>
            <numerusform>%n objects created or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message>
        <source>Setting values of the new sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal checks each new source with its connector, so it needs the values a user would type. They are sent to the portal only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector declares no settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <source>Request journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by method or error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what was sent and received (secrets redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
HTTP %3, %4 ms, sent %5 B, received %6 B
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no JSON body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command repeating the selected request; secrets appear as placeholders such as {{ACCESS_TOKEN}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save journal as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; replace %1 with a valid access token before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the journal to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>Saved %n request to %1.</numerusform>
            <numerusform>Saved %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save journal as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message numerus="yes">
        <source>batch (%n command(s))</source>
        <translation>
            <numerusform>batch (%n command)</numerusform>
            <numerusform>batch (%n commands)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inner error(s)</source>
        <translation>
            <numerusform>%n inner error</numerusform>
            <numerusform>%n inner errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after BI Workspace restarts. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoCache</name>
    <message>
        <source>The logo is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not a readable SVG, PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not a data: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo data URI has no data part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported logo type &quot;%1&quot;; use SVG, PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo&apos;s base64 data is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser cannot hand the sign-in back automatically (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only accepts the sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can return to BI Workspace. This browser tab may be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not grant access. You can return to BI Workspace for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer belongs to an older sign-in attempt. Start the sign-in again from BI Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address carries no sign-in answer. Start the sign-in again from BI Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled: waiting for the portal&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Bitrix24 portal to browse its connectors, sources and datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected to the built-in demo portal, not a real Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the selected node&apos;s children (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BI Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace — Demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BI Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BI Workspace %1&lt;/h3&gt;&lt;p&gt;An analyst&apos;s workspace for the Bitrix24 BI connector API: browse connectors, sources and datasets, check connections and manage fields.&lt;/p&gt;&lt;p&gt;Secrets are kept in the system keychain only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before you leave?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalController</name>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). You may have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal no longer accepts the saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in again to continue; open windows and unsaved edits stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key and the sign-in were deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalDetailsPage</name>
    <message>
        <source>Portal and application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address and the credentials Bitrix24 showed for the local application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://yourcompany.bitrix24.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local.6650b0a1c2d3e4.12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour helps telling portals apart, e.g. red for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID (client_id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key (client_secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in BI Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals use https://oauth.bitrix.info/. Change it only for a self-hosted portal or the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key is stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a webhook address (…/rest/USER/CODE/). The BI Builder methods refuse webhooks with ACCESS_DENIED: they only answer a local application. Enter just the portal&apos;s address, e.g. https://%1, and the local application&apos;s ID and key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth server, normally https://oauth.bitrix.info/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalOperation</name>
    <message>
        <source>dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and %1 could not be read back (%2): the change may or may not have been made. Refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and reading back shows that %1 was not created. It was not sent again; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost and reading back shows that the change to %1 was not made. It was not sent again; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal created %1 (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal saved the columns of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s reply was lost or unclear, but reading back shows that the change was made; it was not sent again. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI Workspace opens the portal&apos;s sign-in page in your browser. Sign in there and allow the application access; the browser then hands the sign-in back to BI Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Handler path: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new port takes effect at the next sign-in; update the handler path of the local application in Bitrix24 to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (or a loopback address for the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal you are working with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes this portal&apos;s client secret and sign-in from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, edit, sign out of or remove portals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesUi</name>
    <message>
        <source>BI Workspace — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Client secrets and sign-ins are kept in memory for this session only and are not saved: you will have to sign in again after restarting BI Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a portal in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1? Its application key and sign-in are deleted from the keychain; to sign in again you will need the application key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile %1? Its secrets are deleted from the keychain. Nothing changes on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>The connector declares no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting values may be passwords or tokens; they are hidden until you show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting code: %1, type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt; as the application &lt;b&gt;%2&lt;/b&gt;. Your browser opens the portal&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key (client_secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>No answer came from the browser. Click Sign in to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in first, then paste the address the browser shows after you allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address carries no sign-in code. Copy the whole address from the browser&apos;s address bar after you clicked Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address belongs to an older sign-in attempt. Use the address from the browser tab this attempt opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server rejected the client ID or the client secret. Copy both again from the local application&apos;s page in Bitrix24 (Developer resources → Other → Local application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code was refused: it is valid for 30 seconds and only once. Click Sign in to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no access to BI Builder. In Bitrix24, open the local application&apos;s settings, add the &quot;biconnector&quot; scope, save, and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted on the portal&apos;s sign-in page. Click Sign in and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused access to BI Builder. Your account needs the &quot;Access to BI Builder&quot; and &quot;Access to Analytics Hub&quot; permissions, and the portal must be called through a local application, never through a webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 or the OAuth server %2. Check the addresses and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not know the application %1. Check the client ID and that the application is installed on this portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Click Sign in. Your browser opens the portal&apos;s sign-in page; choose Allow there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/?code=…&amp;state=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser does not return to BI Workspace by itself, copy the address the browser shows after you click Allow and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Click &quot;Copy the sign-in address&quot; and open it in a browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to the portal there and click Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the sign-in code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking access to BI Builder: listing connectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the field below instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInResultPage</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in works. Click Finish to start working with this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application has no connectors yet: connectors belong to the application that created them, so ones made by other applications are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application sees %n connector(s):</source>
        <translation>
            <numerusform>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application sees %n connector:</numerusform>
            <numerusform>Signed in to &lt;b&gt;%1&lt;/b&gt;. The application sees %n connectors:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <source>New &amp;source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all sources of this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a source (a connection) for a connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected source&apos;s connection from this computer (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sources of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n source(s)…</source>
        <translation>
            <numerusform>Checked %1 of %n source…</numerusform>
            <numerusform>Checked %1 of %n sources…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources of &quot;%1&quot; were not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check canceled after %2 passed and %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 passed, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datasets of &quot;%1&quot; could not be listed, so nothing was deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source &quot;%1&quot; and its connection settings from the portal? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting dataset %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source &quot;%1&quot; and %n dataset(s) deleted.</source>
        <translation>
            <numerusform>Source &quot;%1&quot; and %n dataset deleted.</numerusform>
            <numerusform>Source &quot;%1&quot; and %n datasets deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal refused to delete the source because datasets still belong to it (&quot;Cannot delete source. Delete all related datasets first.&quot;). Someone may have added one meanwhile: refresh the source to see its datasets, then delete again and include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>%1 (checked at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (POST, form-encoded; setting values shown as ***): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was canceled after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Response: %n byte(s)</source>
        <translation>
            <numerusform>Response: %n byte</numerusform>
            <numerusform>Response: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none; the portal would accept this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body excerpt (setting values replaced by ***):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direct check from this computer is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct check from this computer passed (%1), so the connector answers here but the portal could not reach it: it may refuse local or private addresses, or a firewall may be in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct check from this computer failed too (%1). Correct the settings (see the check details) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDeleteDialog</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The source &lt;b&gt;%1&lt;/b&gt; still has %n dataset(s). The portal does not delete a source that has datasets (it answers &quot;Cannot delete source. Delete all related datasets first.&quot;).&lt;/p&gt;&lt;p&gt;Deleting the datasets removes their column settings on the portal; BI Builder reports built on them stop working. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The source &lt;b&gt;%1&lt;/b&gt; still has %n dataset. The portal does not delete a source that has datasets (it answers &quot;Cannot delete source. Delete all related datasets first.&quot;).&lt;/p&gt;&lt;p&gt;Deleting the dataset removes its column settings on the portal; BI Builder reports built on it stop working. This cannot be undone.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The source &lt;b&gt;%1&lt;/b&gt; still has %n datasets. The portal does not delete a source that has datasets (it answers &quot;Cannot delete source. Delete all related datasets first.&quot;).&lt;/p&gt;&lt;p&gt;Deleting the datasets removes their column settings on the portal; BI Builder reports built on them stop working. This cannot be undone.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Also delete these %n dataset(s), then the source</source>
        <translation>
            <numerusform>&amp;Also delete this dataset, then the source</numerusform>
            <numerusform>&amp;Also delete these %n datasets, then the source</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDetailPane</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the title, description and changed settings (the portal checks the connection first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color: gray;&quot;&gt;— read-only: the REST API does not change this flag; the portal sets it.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (the portal marked this source inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… The portal checks the connection before it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the connector&apos;s settings and check the connection. Saving creates the source on the portal, which checks the connection itself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connector to create a source for. Create a connector first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connector&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… The portal checks the connection before it creates the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not connect; checking directly from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
