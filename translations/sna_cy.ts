<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Dewis y &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Yn dangos cymorth am opsiynau’r llinell orchymyn.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Yn dangos cymorth, gan gynnwys opsiynau penodol i Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Yn dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Dadleuon:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opsiynau]</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Opsiwn anhysbys '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsiynau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Dim gwerth ar ôl '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Gwerth annisgwyl ar ôl '%1'.</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Arnofio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Yn datgysylltu ac yn ailgysylltu’r panel</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Yn cau’r panel</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw’r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o’r math:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder rhiant</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy nghyfrifiadur</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio’r manylion...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw’r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i’r &amp;cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i’r c&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Peidio â chadw</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SNA Studio: strategic needs assessments and serious violence strategies.</source>
        <translation>SNA Studio: asesiadau o anghenion strategol a strategaethau trais difrifol.</translation>
    </message>
    <message>
        <source>Language of the interface: en or cy.</source>
        <translation>Iaith y rhyngwyneb: en neu cy.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic data).</source>
        <translation>Agor y prosiect enghreifftiol (data synthetig).</translation>
    </message>
    <message>
        <source>A project file (.sna) to open.</source>
        <translation>Ffeil prosiect (.sna) i’w hagor.</translation>
    </message>
    <message>
        <source>--ui-lang must be en or cy, not “%1”.</source>
        <translation>Rhaid i --ui-lang fod yn en neu’n cy, nid “%1”.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Agor prosiect</translation>
    </message>
</context>
<context>
    <name>sna::ActionDetailWidget</name>
    <message>
        <source>Change lead of action</source>
        <translation>Newid arweinydd y cam gweithredu</translation>
    </message>
    <message>
        <source>Change sector of action</source>
        <translation>Newid sector y cam gweithredu</translation>
    </message>
    <message>
        <source>Change priority of action</source>
        <translation>Newid blaenoriaeth y cam gweithredu</translation>
    </message>
    <message>
        <source>Change status of action</source>
        <translation>Newid statws y cam gweithredu</translation>
    </message>
    <message>
        <source>Change source language of action</source>
        <translation>Newid iaith ffynhonnell y cam gweithredu</translation>
    </message>
    <message>
        <source>Change start of action</source>
        <translation>Newid dyddiad dechrau’r cam gweithredu</translation>
    </message>
    <message>
        <source>Change due date of action</source>
        <translation>Newid dyddiad cau’r cam gweithredu</translation>
    </message>
    <message>
        <source>Change partners of action</source>
        <translation>Newid partneriaid y cam gweithredu</translation>
    </message>
    <message>
        <source>Confirm translation of action</source>
        <translation>Cadarnhau cyfieithiad y cam gweithredu</translation>
    </message>
    <message>
        <source>Edit Welsh text of action</source>
        <translation>Golygu testun Cymraeg y cam gweithredu</translation>
    </message>
    <message>
        <source>Edit English text of action</source>
        <translation>Golygu testun Saesneg y cam gweithredu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ffynhonnell</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>cyfieithiad</translation>
    </message>
    <message>
        <source>Translation: up to date</source>
        <translation>Cyfieithiad: cyfredol</translation>
    </message>
    <message>
        <source>Translation: out of date</source>
        <translation>Cyfieithiad: wedi dyddio</translation>
    </message>
    <message>
        <source>Translation: missing</source>
        <translation>Cyfieithiad: ar goll</translation>
    </message>
    <message>
        <source>Title (Welsh):</source>
        <translation>Teitl (Cymraeg):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Teitl (Saesneg):</translation>
    </message>
    <message>
        <source>Description (Welsh):</source>
        <translation>Disgrifiad (Cymraeg):</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>Disgrifiad (Saesneg):</translation>
    </message>
    <message>
        <source>Success measure (Welsh):</source>
        <translation>Mesur llwyddiant (Cymraeg):</translation>
    </message>
    <message>
        <source>Success measure (English):</source>
        <translation>Mesur llwyddiant (Saesneg):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Arweinydd:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Blaenoriaeth:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Dechrau:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Written first in:</source>
        <translation>Ysgrifennwyd gyntaf yn:</translation>
    </message>
    <message>
        <source>Supporting &amp;partners:</source>
        <translation>&amp;Partneriaid cefnogol:</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Cadarnhau’r cyfieithiad</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Partneriaid cefnogol</translation>
    </message>
</context>
<context>
    <name>sna::ActionPlan</name>
    <message>
        <source>Every action needs a title.</source>
        <translation>Mae angen teitl ar bob cam gweithredu.</translation>
    </message>
    <message>
        <source>“%1” is not a sector; use one of: %2.</source>
        <translation>Nid yw “%1” yn sector; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>There is no priority %1.</source>
        <translation>Nid oes blaenoriaeth %1.</translation>
    </message>
    <message>
        <source>The action “%1” is due (%2) before it starts (%3).</source>
        <translation>Mae’r cam gweithredu “%1” i fod i orffen (%2) cyn iddo ddechrau (%3).</translation>
    </message>
    <message>
        <source>Every priority needs a title.</source>
        <translation>Mae angen teitl ar bob blaenoriaeth.</translation>
    </message>
</context>
<context>
    <name>sna::ActionPlanPanel</name>
    <message>
        <source>Link priority to the SNA</source>
        <translation>Cysylltu’r flaenoriaeth â’r asesiad o anghenion strategol</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Tynnu’r cam gweithredu “%1”</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Blaenoriaeth newydd</translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation>Ychwanegu blaenoriaeth</translation>
    </message>
    <message>
        <source>Remove priority “%1”</source>
        <translation>Tynnu’r flaenoriaeth “%1”</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>Golygu blaenoriaeth</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Pob blaenoriaeth</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Dim blaenoriaeth</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Blaenoriaeth %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Yn y golwg: %1 o %2</translation>
    </message>
    <message>
        <source>Strategic &amp;priorities</source>
        <translation>&amp;Blaenoriaethau strategol</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>Tynnu blaenoriaeth</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Teitl (Saesneg):</translation>
    </message>
    <message>
        <source>Title (Welsh):</source>
        <translation>Teitl (Cymraeg):</translation>
    </message>
    <message>
        <source>From the SNA section:</source>
        <translation>O adran yr asesiad:</translation>
    </message>
    <message>
        <source>Search actions in either language</source>
        <translation>Chwilio’r camau gweithredu yn y naill iaith neu’r llall</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chwilio’r camau gweithredu</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Hidlo yn ôl sector</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Hidlo yn ôl blaenoriaeth</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Strategic priorities</source>
        <translation>Blaenoriaethau strategol</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
</context>
<context>
    <name>sna::ActionPlanStore</name>
    <message>
        <source>Could not read the action plan</source>
        <translation>Methu darllen y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Could not save the action plan</source>
        <translation>Methu cadw’r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Could not save the action “%1”</source>
        <translation>Methu cadw’r cam gweithredu “%1”</translation>
    </message>
</context>
<context>
    <name>sna::ActionTableModel</name>
    <message>
        <source>Missing</source>
        <translation>Ar goll</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Wedi dyddio</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Cyfredol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Cyfieithiad</translation>
    </message>
</context>
<context>
    <name>sna::AnalysisData</name>
    <message>
        <source>Could not read the analysis data</source>
        <translation>Methu darllen data’r dadansoddiad</translation>
    </message>
</context>
<context>
    <name>sna::AnalysisPanel</name>
    <message>
        <source>Latest 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Pob mis</translation>
    </message>
    <message>
        <source>Whole partnership</source>
        <translation>Y bartneriaeth gyfan</translation>
    </message>
    <message>
        <source>All serious violence</source>
        <translation>Pob trais difrifol</translation>
    </message>
    <message>
        <source>Financial year %1/%2</source>
        <translation>Blwyddyn ariannol %1/%2</translation>
    </message>
    <message>
        <source>No data to analyse yet.</source>
        <translation>Dim data i’w ddadansoddi eto.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wrthi’n gweithio…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegori:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>Carf&amp;an:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Siart:</translation>
    </message>
    <message>
        <source>Place this chart, with these filters, in the section open in the SNA editor. In the document it is always controlled for disclosure.</source>
        <translation>Rhoi’r siart hon, gyda’r hidlyddion hyn, yn yr adran sydd ar agor yng ngolygydd yr asesiad o anghenion strategol. Yn y ddogfen mae bob amser wedi’i rheoli rhag datgelu.</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Ffigurau: %1</translation>
    </message>
    <message>
        <source>Add Chart to &amp;SNA</source>
        <translation>Ychwanegu’r s&amp;iart at yr asesiad</translation>
    </message>
    <message>
        <source>Add Ta&amp;ble to SNA</source>
        <translation>Ychwanegu’r ta&amp;bl at yr asesiad</translation>
    </message>
    <message>
        <source>Place the table of these figures, with these filters, in the section open in the SNA editor. In the document small counts are always withheld.</source>
        <translation>Rhoi tabl y ffigurau hyn, gyda’r hidlyddion hyn, yn yr adran sydd ar agor yn y golygydd asesiad. Yn y ddogfen, mae cyfrifon bach bob amser yn cael eu dal yn ôl.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Rolling 12 months</source>
        <translation>12 mis treigl</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Community safety partnership</source>
        <translation>Partneriaeth diogelwch cymunedol</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>LSOA</source>
        <translation>AGEHI</translation>
    </message>
    <message>
        <source>Sho&amp;w by:</source>
        <translation>&amp;Dangos fesul:</translation>
    </message>
    <message>
        <source>Serious violence over time</source>
        <translation>Trais difrifol dros amser</translation>
    </message>
    <message>
        <source>Serious violence by area</source>
        <translation>Trais difrifol fesul ardal</translation>
    </message>
</context>
<context>
    <name>sna::AnalysisSettings</name>
    <message>
        <source>A suppression or reliability threshold must be between 0 and 100, not %1.</source>
        <translation>Rhaid i drothwy atal neu ddibynadwyedd fod rhwng 0 a 100, nid %1.</translation>
    </message>
    <message>
        <source>The baseline year must be between 2000 and 2100, not %1.</source>
        <translation>Rhaid i’r flwyddyn sylfaen fod rhwng 2000 a 2100, nid %1.</translation>
    </message>
    <message>
        <source>Counts can be rounded to a multiple from 0 (no rounding) to 100, not %1.</source>
        <translation>Gellir talgrynnu cyfrifon i luosrif o 0 (dim talgrynnu) i 100, nid %1.</translation>
    </message>
</context>
<context>
    <name>sna::AnalysisSettingsStore</name>
    <message>
        <source>Could not read the analysis settings</source>
        <translation>Methu darllen gosodiadau’r dadansoddi</translation>
    </message>
    <message>
        <source>Could not save the analysis settings</source>
        <translation>Methu cadw gosodiadau’r dadansoddi</translation>
    </message>
</context>
<context>
    <name>sna::AnnotationImporter</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Nid yw’r ffeil “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a PDF. Nothing was imported.</source>
        <translation>Nid oedd modd darllen “%1” fel PDF. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Save it without one and import it again. Nothing was imported.</source>
        <translation>Mae “%1” wedi’i diogelu gan gyfrinair. Cadwch hi heb un a’i mewnforio eto. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” is not a review copy exported by SNA Studio: no review identifier was found on its pages. Export a review copy, have it annotated and import that. Nothing was imported.</source>
        <translation>Nid yw “%1” yn gopi adolygu a allforiwyd gan SNA Studio: ni chanfuwyd dynodydd adolygu ar ei thudalennau. Allforiwch gopi adolygu, gofynnwch am anodiadau arno a mewnforiwch hwnnw. Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::AuthorityKinds</name>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Probation service</source>
        <translation>Gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Youth offending team</source>
        <translation>Tîm troseddau ieuenctid</translation>
    </message>
    <message>
        <source>Fire and rescue authority</source>
        <translation>Awdurdod tân ac achub</translation>
    </message>
    <message>
        <source>Health body (ICB or local health board)</source>
        <translation>Corff iechyd (bwrdd iechyd lleol neu ICB)</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Educational authority</source>
        <translation>Awdurdod addysgol</translation>
    </message>
    <message>
        <source>Prison authority</source>
        <translation>Awdurdod carchardai</translation>
    </message>
    <message>
        <source>Youth custody authority</source>
        <translation>Awdurdod dalfa ieuenctid</translation>
    </message>
    <message>
        <source>Local policing body (PCC)</source>
        <translation>Corff plismona lleol (CHTh)</translation>
    </message>
    <message>
        <source>Voluntary and community sector</source>
        <translation>Sector gwirfoddol a chymunedol</translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation>Partner arall</translation>
    </message>
</context>
<context>
    <name>sna::AuthorityTableModel</name>
    <message>
        <source>Specified authority</source>
        <translation>Awdurdod penodedig</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Rename authority</source>
        <translation>Ailenwi awdurdod</translation>
    </message>
    <message>
        <source>Change type of authority</source>
        <translation>Newid math yr awdurdod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Role under the Duty</source>
        <translation>Rôl o dan y Ddyletswydd</translation>
    </message>
    <message>
        <source>New authority</source>
        <translation>Awdurdod newydd</translation>
    </message>
    <message>
        <source>Add authority</source>
        <translation>Ychwanegu awdurdod</translation>
    </message>
    <message>
        <source>Remove authority</source>
        <translation>Tynnu awdurdod</translation>
    </message>
    <message>
        <source>When the authority was consulted on the strategy (educational, prison and youth custody authorities must be)</source>
        <translation>Pryd yr ymgynghorwyd â’r awdurdod ar y strategaeth (rhaid ymgynghori ag awdurdodau addysgol, carchardai a dalfa ieuenctid)</translation>
    </message>
    <message>
        <source>Set consultation date</source>
        <translation>Gosod dyddiad yr ymgynghori</translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation>Ymgynghorwyd</translation>
    </message>
    <message>
        <source>New authority %1</source>
        <translation>Awdurdod newydd %1</translation>
    </message>
</context>
<context>
    <name>sna::CanonicalFields</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Period (month, quarter or year)</source>
        <translation>Cyfnod (mis, chwarter neu flwyddyn)</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Cod ardal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oedran</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Location type</source>
        <translation>Math o leoliad</translation>
    </message>
    <message>
        <source>Knife or sharp object (yes/no)</source>
        <translation>Cyllell neu offeryn miniog (ie/na)</translation>
    </message>
    <message>
        <source>Domestic abuse (yes/no)</source>
        <translation>Cam-drin domestig (ie/na)</translation>
    </message>
    <message>
        <source>Free text (never kept)</source>
        <translation>Testun rhydd (ni chaiff ei gadw byth)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Amser o’r dydd</translation>
    </message>
</context>
<context>
    <name>sna::CategoryMappingModel</name>
    <message>
        <source>Unmapped — choose</source>
        <translation>Heb ei fapio — dewiswch</translation>
    </message>
    <message>
        <source>Not serious violence</source>
        <translation>Nid trais difrifol</translation>
    </message>
    <message>
        <source>%1 (not included)</source>
        <translation>%1 (heb ei gynnwys)</translation>
    </message>
    <message>
        <source>Map “%1”</source>
        <translation>Mapio “%1”</translation>
    </message>
    <message>
        <source>Police category (data.police.uk)</source>
        <translation>Categori’r heddlu (data.police.uk)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Yn cyfrif fel</translation>
    </message>
</context>
<context>
    <name>sna::ChecklistModel</name>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (argymhellir)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Check and reason</source>
        <translation>Gwiriad a’r rheswm</translation>
    </message>
</context>
<context>
    <name>sna::ChecklistPanel</name>
    <message>
        <source>Ready to publish: every required check passes (%1 of %2).</source>
        <translation>Yn barod i’w chyhoeddi: mae pob gwiriad gofynnol yn llwyddo (%1 o %2).</translation>
    </message>
    <message>
        <source>Required checks passing: %1 of %2. Double-click an item to fix it.</source>
        <translation>Gwiriadau gofynnol sy’n llwyddo: %1 o %2. Cliciwch ddwywaith ar eitem i’w chywiro.</translation>
    </message>
    <message>
        <source>Show only what fails</source>
        <translation>Dangos dim ond yr hyn sy’n methu</translation>
    </message>
    <message>
        <source>Compliance checklist</source>
        <translation>Rhestr wirio cydymffurfio</translation>
    </message>
</context>
<context>
    <name>sna::Cohorts</name>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Dan 25 oed</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Dan 18 oed</translation>
    </message>
    <message>
        <source>Aged 18 to 24</source>
        <translation>18 i 24 oed</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Menywod a merched</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Dynion a bechgyn</translation>
    </message>
</context>
<context>
    <name>sna::ColumnMapping</name>
    <message>
        <source>The mapping “%1” is not valid JSON (at character %2: %3).</source>
        <translation>Nid yw’r mapio “%1” yn JSON dilys (ar nod %2: %3).</translation>
    </message>
    <message>
        <source>The mapping “%1” must be a JSON object.</source>
        <translation>Rhaid i’r mapio “%1” fod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>The mapping “%1” has an unknown key “%2”; the keys are %3.</source>
        <translation>Mae gan y mapio “%1” allwedd anhysbys “%2”; yr allweddi yw %3.</translation>
    </message>
    <message>
        <source>The mapping “%1” must start with "sna_mapping": %2 (this version of SNA Studio reads mapping format %2).</source>
        <translation>Rhaid i’r mapio “%1” ddechrau gyda "sna_mapping": %2 (mae’r fersiwn hon o SNA Studio yn darllen fformat mapio %2).</translation>
    </message>
    <message>
        <source>The mapping “%1” has an unknown authority_type “%2”; use one of %3.</source>
        <translation>Mae gan y mapio “%1” authority_type anhysbys “%2”; defnyddiwch un o’r rhain: %3.</translation>
    </message>
    <message>
        <source>The mapping “%1” needs a non-empty "columns" list.</source>
        <translation>Mae angen rhestr "columns" nad yw’n wag ar y mapio “%1”.</translation>
    </message>
    <message>
        <source>The mapping “%1”: entry %2 of "columns" has no "column".</source>
        <translation>Y mapio “%1”: nid oes "column" gan gofnod %2 yn "columns".</translation>
    </message>
    <message>
        <source>The mapping “%1”: column “%2” has the unknown field “%3”; use one of %4.</source>
        <translation>Y mapio “%1”: mae gan y golofn “%2” y maes anhysbys “%3”; defnyddiwch un o’r rhain: %4.</translation>
    </message>
    <message>
        <source>The mapping “%1”: the area column “%2” needs a "level": one of lsoa, msoa, ward, lad, csp, pfa.</source>
        <translation>Y mapio “%1”: mae angen "level" ar golofn yr ardal “%2”: un o lsoa, msoa, ward, lad, csp, pfa.</translation>
    </message>
    <message>
        <source>The mapping “%1” lists the column “%2” twice.</source>
        <translation>Mae’r mapio “%1” yn rhestru’r golofn “%2” ddwywaith.</translation>
    </message>
    <message>
        <source>The mapping “%1” maps both “%2” and “%3” to %4; map one column to each field.</source>
        <translation>Mae’r mapio “%1” yn mapio “%2” a “%3” i %4; mapiwch un golofn i bob maes.</translation>
    </message>
    <message>
        <source>The mapping “%1”: the category “%2” must map to a text (or to "" when it is outside the local definition).</source>
        <translation>Y mapio “%1”: rhaid i’r categori “%2” fapio i destun (neu i "" pan fydd y tu allan i’r diffiniad lleol).</translation>
    </message>
    <message>
        <source>The mapping “%1” maps no column to "date" or "period": every record needs a date or a period.</source>
        <translation>Nid yw’r mapio “%1” yn mapio unrhyw golofn i "date" na "period": mae angen dyddiad neu gyfnod ar bob cofnod.</translation>
    </message>
    <message>
        <source>The mapping “%1” maps no column to "category".</source>
        <translation>Nid yw’r mapio “%1” yn mapio unrhyw golofn i "category".</translation>
    </message>
    <message>
        <source>The mapping file “%1” does not exist.</source>
        <translation>Nid yw’r ffeil fapio “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>Could not read the mapping file “%1”: %2</source>
        <translation>Methu darllen y ffeil fapio “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the mapping file “%1”: %2</source>
        <translation>Methu ysgrifennu’r ffeil fapio “%1”: %2</translation>
    </message>
    <message>
        <source>The mapping “%1” does not fit “%2”: the file has no column %3. The columns found were: %4</source>
        <translation>Nid yw’r mapio “%1” yn gweddu i “%2”: nid oes colofn %3 yn y ffeil. Y colofnau a gafwyd oedd: %4</translation>
    </message>
</context>
<context>
    <name>sna::CommandLine</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos cymorth ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>--ui-lang must be en or cy, not “%1”.</source>
        <translation>rhaid i --ui-lang fod yn en neu’n cy, nid “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an sna command. See “sna help”.</source>
        <translation>Nid yw “%1” yn un o orchmynion sna. Gweler “sna help”.</translation>
    </message>
    <message>
        <source>Usage: sna new FILE.sna --name NAME --area CODE [--area CODE …] [--coordinator NAME]
Creates a project for a partnership covering the local government areas with these ONS codes (E06–E10 in England, W06 in Wales).</source>
        <translation>Defnydd: sna new FFEIL.sna --name ENW --area COD [--area COD …] [--coordinator ENW]
Yn creu prosiect ar gyfer partneriaeth sy’n cwmpasu’r ardaloedd llywodraeth leol sydd â’r codau ONS hyn (E06–E10 yn Lloegr, W06 yng Nghymru).</translation>
    </message>
    <message>
        <source>Usage: sna demo FILE.sna
Creates the demonstration project (synthetic data) at FILE.sna.</source>
        <translation>Defnydd: sna demo FFEIL.sna
Yn creu’r prosiect enghreifftiol (data synthetig) yn FFEIL.sna.</translation>
    </message>
    <message>
        <source>Name of the partnership.</source>
        <translation>Enw’r bartneriaeth.</translation>
    </message>
    <message>
        <source>ONS code of an area covered.</source>
        <translation>Cod ONS ardal sydd dan sylw.</translation>
    </message>
    <message>
        <source>Named coordinator.</source>
        <translation>Y cydgysylltydd a enwir.</translation>
    </message>
    <message>
        <source>give exactly one project file, e.g. sna new my-partnership.sna --name NAME --area CODE</source>
        <translation>rhowch un ffeil prosiect yn union, e.e. sna new fy-mhartneriaeth.sna --name ENW --area COD</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>mae angen --name.</translation>
    </message>
    <message>
        <source>at least one --area is required.</source>
        <translation>mae angen o leiaf un --area.</translation>
    </message>
    <message>
        <source>Created %1 for “%2”.</source>
        <translation>Crëwyd %1 ar gyfer “%2”.</translation>
    </message>
    <message>
        <source>Format of the file.</source>
        <translation>Fformat y ffeil.</translation>
    </message>
    <message>
        <source>Partner that sent the file.</source>
        <translation>Y partner a anfonodd y ffeil.</translation>
    </message>
    <message>
        <source>reject or skip bad rows.</source>
        <translation>gwrthod neu hepgor rhesi gwael.</translation>
    </message>
    <message>
        <source>What to do with a file imported before.</source>
        <translation>Beth i’w wneud â ffeil a fewnforiwyd o’r blaen.</translation>
    </message>
    <message>
        <source>give a project file and a data file: sna import FILE.sna DATA.csv</source>
        <translation>rhowch ffeil prosiect a ffeil ddata: sna import FFEIL.sna DATA.csv</translation>
    </message>
    <message>
        <source>--on-error must be reject or skip, not “%1”.</source>
        <translation>rhaid i --on-error fod yn reject neu’n skip, nid “%1”.</translation>
    </message>
    <message>
        <source>--duplicate must be refuse, replace or skip, not “%1”.</source>
        <translation>rhaid i --duplicate fod yn refuse, replace neu skip, nid “%1”.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rhesi a ddarllenwyd: %1</translation>
    </message>
    <message>
        <source>Rows stored: %1</source>
        <translation>Rhesi a storiwyd: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Rhesi a wrthodwyd: %1</translation>
    </message>
    <message>
        <source>Replaced dataset %1.</source>
        <translation>Disodlwyd set ddata %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Gwrthodwyd %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <source>give one project file: sna summary FILE.sna --json</source>
        <translation>rhowch un ffeil prosiect: sna summary FFEIL.sna --json</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Cofnodion: %1</translation>
    </message>
    <message>
        <source>Datasets: %1</source>
        <translation>Setiau data: %1</translation>
    </message>
    <message>
        <source>Months: %1 to %2</source>
        <translation>Misoedd: %1 i %2</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ffeil allbwn.</translation>
    </message>
    <message>
        <source>Mark every page as a draft.</source>
        <translation>Marcio pob tudalen yn ddrafft.</translation>
    </message>
    <message>
        <source>give one project file: sna export FILE.sna --lang en -o OUT.pdf</source>
        <translation>rhowch un ffeil prosiect: sna export FFEIL.sna --lang cy -o ALLBWN.pdf</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Ysgrifennwyd %1 (tudalennau: %2).</translation>
    </message>
    <message>
        <source>give the file to create: sna demo FILE.sna</source>
        <translation>rhowch y ffeil i’w chreu: sna demo FFEIL.sna</translation>
    </message>
    <message>
        <source>Created the demo project %1 (synthetic data).</source>
        <translation>Crëwyd y prosiect enghreifftiol %1 (data synthetig).</translation>
    </message>
    <message>
        <source>Control every figure for disclosure, as in a published document.</source>
        <translation>Rheoli pob ffigur rhag datgelu, fel mewn dogfen gyhoeddedig.</translation>
    </message>
    <message>
        <source>Writing the SNA and the strategy:</source>
        <translation>Ysgrifennu’r asesiad o anghenion strategol a’r strategaeth:</translation>
    </message>
    <message>
        <source>Usage: sna export FILE.sna [--doc strategy|sna|sna-summary] --lang en|cy|both
                  [--layout separate|welsh-first|columns] [--format pdf|html|odt] -o OUT [--date YYYY-MM-DD] [--draft]
Writes a document as PDF, accessible HTML or OpenDocument text. --doc defaults to the strategy; sna is the full, restricted assessment and sna-summary its public summary.
With one language OUT is the file written. With --lang both, the separate layout (the default) writes two matching files, OUT-cy.EXT and OUT-en.EXT; welsh-first (complete Welsh, then complete English) and columns (Welsh on the left) write the one file OUT.</source>
        <translation>Defnydd: sna export FFEIL.sna [--doc strategy|sna|sna-summary] --lang en|cy|both
                  [--layout separate|welsh-first|columns] [--format pdf|html|odt] -o ALLBWN [--date BBBB-MM-DD] [--draft]
Yn ysgrifennu dogfen fel PDF, HTML hygyrch neu destun OpenDocument. Y strategaeth yw’r ddogfen os na roddir --doc; sna yw’r asesiad llawn, cyfyngedig, a sna-summary yw ei grynodeb cyhoeddus.
Gydag un iaith, ALLBWN yw’r ffeil a ysgrifennir. Gyda --lang both, mae’r cynllun separate (y rhagosodiad) yn ysgrifennu dwy ffeil sy’n cyfateb, ALLBWN-cy.EXT ac ALLBWN-en.EXT; mae welsh-first (y Gymraeg yn gyflawn, yna’r Saesneg yn gyflawn) a columns (y Gymraeg ar y chwith) yn ysgrifennu’r un ffeil ALLBWN.</translation>
    </message>
    <message>
        <source>Usage: sna [--ui-lang en|cy] COMMAND [OPTIONS]

Commands:
  new       create a project
  import    import partner data into a project
  summary   summarise the data in a project
  export    write a document as PDF, HTML or ODT
  demo      create the demonstration project
  help      show help for a command (sna help COMMAND)

--ui-lang sets the language of these messages; --lang is always the language of a document.</source>
        <translation>Defnydd: sna [--ui-lang en|cy] GORCHYMYN [OPSIYNAU]

Gorchmynion:
  new       creu prosiect
  import    mewnforio data partneriaid i brosiect
  summary   crynhoi’r data mewn prosiect
  export    ysgrifennu dogfen fel PDF, HTML neu ODT
  demo      creu’r prosiect enghreifftiol
  help      dangos cymorth ar gyfer gorchymyn (sna help GORCHYMYN)

Mae --ui-lang yn gosod iaith y negeseuon hyn; iaith dogfen yw --lang bob amser.</translation>
    </message>
    <message>
        <source>Document: strategy, sna (restricted) or sna-summary.</source>
        <translation>Dogfen: strategy, sna (cyfyngedig) neu sna-summary.</translation>
    </message>
    <message>
        <source>Language of the document: en, cy or both.</source>
        <translation>Iaith y ddogfen: en, cy neu both (y ddwy).</translation>
    </message>
    <message>
        <source>How two languages are laid out: separate, welsh-first or columns.</source>
        <translation>Sut y gosodir dwy iaith: separate, welsh-first neu columns.</translation>
    </message>
    <message>
        <source>Output format: pdf, html or odt.</source>
        <translation>Fformat yr allbwn: pdf, html neu odt.</translation>
    </message>
    <message>
        <source>Publication date on the cover (YYYY-MM-DD); today by default.</source>
        <translation>Dyddiad cyhoeddi ar y clawr (BBBB-MM-DD); heddiw os na roddir un.</translation>
    </message>
    <message>
        <source>--doc must be strategy, sna or sna-summary, not “%1”.</source>
        <translation>rhaid i --doc fod yn strategy, sna neu sna-summary, nid “%1”.</translation>
    </message>
    <message>
        <source>--layout must be separate, welsh-first or columns, not “%1”.</source>
        <translation>rhaid i --layout fod yn separate, welsh-first neu columns, nid “%1”.</translation>
    </message>
    <message>
        <source>--lang is required (en, cy or both).</source>
        <translation>mae angen --lang (en, cy neu both).</translation>
    </message>
    <message>
        <source>--lang must be en, cy or both, not “%1”.</source>
        <translation>rhaid i --lang fod yn en, cy neu both, nid “%1”.</translation>
    </message>
    <message>
        <source>--layout %1 puts both languages in one file: use --lang both.</source>
        <translation>mae --layout %1 yn rhoi’r ddwy iaith mewn un ffeil: defnyddiwch --lang both.</translation>
    </message>
    <message>
        <source>the format “%1” is not supported; use pdf, html or odt.</source>
        <translation>ni chefnogir y fformat “%1”; defnyddiwch pdf, html neu odt.</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>mae angen -o ALLBWN.</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation>rhaid i --date fod yn ddyddiad ar ffurf BBBB-MM-DD, nid “%1”.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Usage: sna import FILE.sna DATA.csv [--format FORMAT] [--mapping MAP.json]
         [--partner NAME] [--authority-type TYPE] [--basis TEXT]
         [--received YYYY-MM-DD] [--istv 1|2|3] [--encoding auto|utf-8|windows-1252]
         [--on-error reject|skip] [--duplicate refuse|replace|skip]
         [--drop-column NAME]… [--confirm-column NAME]… [--dry-run]
Imports partner or open data in one transaction and prints the rows read, stored and rejected. Every file is first checked for personal data; columns that may hold it must be dropped or confirmed, and files from health or social-care bodies that hold identifiers are refused. By default a file with any bad row is refused with the bad lines named, and a file that repeats data already imported is refused.
FORMAT: auto (from the header), %1.
TYPE: %2.
The mapping file is described in docs/import-mapping.md.</source>
        <translation>Defnydd: sna import FFEIL.sna DATA.csv [--format FFORMAT] [--mapping MAP.json]
         [--partner ENW] [--authority-type MATH] [--basis TESTUN]
         [--received BBBB-MM-DD] [--istv 1|2|3] [--encoding auto|utf-8|windows-1252]
         [--on-error reject|skip] [--duplicate refuse|replace|skip]
         [--drop-column ENW]… [--confirm-column ENW]… [--dry-run]
Yn mewnforio data partneriaid neu ddata agored mewn un trafodyn ac yn argraffu’r rhesi a ddarllenwyd, a storiwyd ac a wrthodwyd. Caiff pob ffeil ei gwirio am ddata personol yn gyntaf; rhaid hepgor neu gadarnhau colofnau a allai ei gynnwys, a gwrthodir ffeiliau gan gyrff iechyd neu ofal cymdeithasol sy’n cynnwys dynodwyr. Yn ddiofyn, gwrthodir ffeil ag unrhyw res wael gan enwi’r llinellau gwael, a gwrthodir ffeil sy’n ailadrodd data a fewnforiwyd eisoes.
FFORMAT: auto (o’r pennawd), %1.
MATH: %2.
Disgrifir y ffeil fapio yn docs/import-mapping.md.</translation>
    </message>
    <message>
        <source>Column mapping for --format mapped (JSON).</source>
        <translation>Mapio colofnau ar gyfer --format mapped (JSON).</translation>
    </message>
    <message>
        <source>Kind of body the file comes from.</source>
        <translation>Y math o gorff y daw’r ffeil ohono.</translation>
    </message>
    <message>
        <source>Basis on which the file was shared.</source>
        <translation>Y sail y rhannwyd y ffeil arni.</translation>
    </message>
    <message>
        <source>Date the file was received (YYYY-MM-DD).</source>
        <translation>Y dyddiad y derbyniwyd y ffeil (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>ISTV level: 1, 2 or 3.</source>
        <translation>Lefel ISTV: 1, 2 neu 3.</translation>
    </message>
    <message>
        <source>Text encoding: auto, utf-8 or windows-1252.</source>
        <translation>Amgodiad y testun: auto, utf-8 neu windows-1252.</translation>
    </message>
    <message>
        <source>Do not store this column (repeatable).</source>
        <translation>Peidio â storio’r golofn hon (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Keep this column although it may hold personal data (repeatable).</source>
        <translation>Cadw’r golofn hon er y gallai gynnwys data personol (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Check the file and report; store nothing.</source>
        <translation>Gwirio’r ffeil ac adrodd; peidio â storio dim.</translation>
    </message>
    <message>
        <source>the format “%1” is not known; use auto, %2.</source>
        <translation>nid yw’r fformat “%1” yn hysbys; defnyddiwch auto, %2.</translation>
    </message>
    <message>
        <source>--mapping goes with --format mapped.</source>
        <translation>mae --mapping yn mynd gyda --format mapped.</translation>
    </message>
    <message>
        <source>--authority-type must be one of %1, not “%2”.</source>
        <translation>rhaid i --authority-type fod yn un o %1, nid “%2”.</translation>
    </message>
    <message>
        <source>--received must be a date such as 2024-03-31, not “%1”.</source>
        <translation>rhaid i --received fod yn ddyddiad fel 2024-03-31, nid “%1”.</translation>
    </message>
    <message>
        <source>--istv must be 1, 2 or 3, not “%1”.</source>
        <translation>rhaid i --istv fod yn 1, 2 neu 3, nid “%1”.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>rhaid i --encoding fod yn auto, utf-8 neu windows-1252, nid “%1”.</translation>
    </message>
    <message>
        <source>the column “%1” cannot be both dropped and confirmed.</source>
        <translation>ni ellir hepgor a chadarnhau’r golofn “%1” ill dau.</translation>
    </message>
    <message>
        <source>Skipped %1: it repeats data imported before.</source>
        <translation>Hepgorwyd %1: mae’n ailadrodd data a fewnforiwyd o’r blaen.</translation>
    </message>
    <message>
        <source>Checked %1 (%2); nothing was stored.</source>
        <translation>Gwiriwyd %1 (%2); ni storiwyd dim.</translation>
    </message>
    <message>
        <source>Imported %1 as dataset %2 (%3).</source>
        <translation>Mewnforiwyd %1 fel set ddata %2 (%3).</translation>
    </message>
    <message>
        <source>Column “%1”: locations anonymised by their publisher.</source>
        <translation>Colofn “%1”: lleoliadau a wnaed yn ddienw gan eu cyhoeddwr.</translation>
    </message>
    <message>
        <source>Column “%1”: dropped (not stored).</source>
        <translation>Colofn “%1”: hepgorwyd (heb ei storio).</translation>
    </message>
    <message>
        <source>Column “%1”: kept as confirmed.</source>
        <translation>Colofn “%1”: cadwyd, fel y cadarnhawyd.</translation>
    </message>
    <message>
        <source>Personal data? %1</source>
        <translation>Data personol? %1</translation>
    </message>
    <message>
        <source>Overlaps dataset %1 (%2).</source>
        <translation>Yn gorgyffwrdd â set ddata %1 (%2).</translation>
    </message>
    <message>
        <source>With --review (PDF, one file) the export is a review copy: a draft with a review identifier on every page, whose layout is recorded so that comments made on it in any PDF reader can be imported (sna comments import). --package OUT.sna also writes a slim project file for the reviewer, with the documents and published-level figures but no partner data rows.</source>
        <translation>Gyda --review (PDF, un ffeil) copi adolygu yw’r allforio: drafft gyda dynodydd adolygu ar bob tudalen, y cofnodir ei gynllun fel y gellir mewnforio sylwadau a wnaed arno mewn unrhyw ddarllenydd PDF (sna comments import). Mae --package OUT.sna hefyd yn ysgrifennu ffeil prosiect fain i’r adolygydd, gyda’r dogfennau a’r ffigurau lefel cyhoeddi ond dim rhesi data partner.</translation>
    </message>
    <message>
        <source>Review and sign-off:</source>
        <translation>Adolygu a chymeradwyo:</translation>
    </message>
    <message>
        <source>A review copy: one PDF with a review identifier on every page, whose annotations can be imported as comments.</source>
        <translation>Copi adolygu: un PDF gyda dynodydd adolygu ar bob tudalen, y gellir mewnforio ei anodiadau fel sylwadau.</translation>
    </message>
    <message>
        <source>With --review: also write a slim project file for the reviewer (no partner data rows).</source>
        <translation>Gyda --review: ysgrifennu hefyd ffeil prosiect fain i’r adolygydd (dim rhesi data partner).</translation>
    </message>
    <message>
        <source>--package goes with --review.</source>
        <translation>Mae --package yn mynd gyda --review.</translation>
    </message>
    <message>
        <source>a review copy is a PDF: use --format pdf.</source>
        <translation>PDF yw copi adolygu: defnyddiwch --format pdf.</translation>
    </message>
    <message>
        <source>a review copy is one PDF: use --lang en or cy, or --lang both with --layout welsh-first or columns.</source>
        <translation>Un PDF yw copi adolygu: defnyddiwch --lang en neu cy, neu --lang both gyda --layout welsh-first neu columns.</translation>
    </message>
    <message>
        <source>Wrote the review copy %1 (%2 pages), review identifier %3.</source>
        <translation>Ysgrifennwyd y copi adolygu %1 (%2 tudalen), dynodydd adolygu %3.</translation>
    </message>
    <message>
        <source>Wrote the reviewer’s project file %1 (no partner data rows).</source>
        <translation>Ysgrifennwyd ffeil prosiect yr adolygydd %1 (dim rhesi data partner).</translation>
    </message>
    <message>
        <source>Usage: sna summary FILE.sna [--json] [--published]
Prints the total number of records, the records by month and by category, and the same under the local definition of serious violence. With --json, "analysis" holds every measure of each source over the latest 12 months: periods, areas at every level with rates per 1,000, categories, age and sex, hour and weekday, seasonality, concentration, deprivation deciles, change, coverage, the national success measures and the data gaps register. --published controls every figure for disclosure as in a published document: a hidden count is "*".</source>
        <translation>Defnydd: sna summary FFEIL.sna [--json] [--published]
Yn argraffu cyfanswm y cofnodion, y cofnodion fesul mis a fesul categori, a’r un ffigurau o dan y diffiniad lleol o drais difrifol. Gyda --json, mae "analysis" yn dal pob mesur o bob ffynhonnell dros y 12 mis diwethaf: cyfnodau, ardaloedd ar bob lefel gyda chyfraddau fesul 1,000, categorïau, oed a rhyw, awr a diwrnod yr wythnos, tymhoroldeb, crynodiad, degraddau amddifadedd, newid, cwmpas, y mesurau llwyddiant cenedlaethol a’r gofrestr bylchau yn y data. Mae --published yn rheoli pob ffigur rhag datgelu fel mewn dogfen gyhoeddedig: mae cyfrif cudd yn "*".</translation>
    </message>
    <message>
        <source>Serious violence, %1 to %2 (%3): %4</source>
        <translation>Trais difrifol, %1 i %2 (%3): %4</translation>
    </message>
    <message>
        <source>  Rate per 1,000 population: %1</source>
        <translation>  Cyfradd fesul 1,000 o’r boblogaeth: %1</translation>
    </message>
    <message>
        <source>  Rate per 1,000 population: no population estimates imported</source>
        <translation>  Cyfradd fesul 1,000 o’r boblogaeth: dim amcangyfrifon poblogaeth wedi’u mewnforio</translation>
    </message>
    <message>
        <source>  On the year before: %1</source>
        <translation>  O’i gymharu â’r flwyddyn gynt: %1</translation>
    </message>
</context>
<context>
    <name>sna::CommentDialog</name>
    <message>
        <source>Your name:</source>
        <translation>Eich enw:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Awdurdod:</translation>
    </message>
    <message>
        <source>Write the comment and your name.</source>
        <translation>Ysgrifennwch y sylw a’ch enw.</translation>
    </message>
</context>
<context>
    <name>sna::CommentStore</name>
    <message>
        <source>Could not read the comments</source>
        <translation>Nid oedd modd darllen y sylwadau</translation>
    </message>
    <message>
        <source>There is no comment number %1 in this project.</source>
        <translation>Nid oes sylw rhif %1 yn y prosiect hwn.</translation>
    </message>
    <message>
        <source>Could not save the comment</source>
        <translation>Nid oedd modd cadw’r sylw</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Mae angen testun ar sylw.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Mae angen testun ar ateb.</translation>
    </message>
    <message>
        <source>Sticky note in the PDF</source>
        <translation>Nodyn gludiog yn y PDF</translation>
    </message>
    <message>
        <source>Highlight in the PDF</source>
        <translation>Amlygiad yn y PDF</translation>
    </message>
    <message>
        <source>Underline in the PDF</source>
        <translation>Tanlinellu yn y PDF</translation>
    </message>
    <message>
        <source>Strike-out in the PDF</source>
        <translation>Llinell drwodd yn y PDF</translation>
    </message>
    <message>
        <source>Annotation in the PDF</source>
        <translation>Anodiad yn y PDF</translation>
    </message>
    <message>
        <source>Reviewer’s file</source>
        <translation>Ffeil yr adolygydd</translation>
    </message>
    <message>
        <source>SNA Studio</source>
        <translation>SNA Studio</translation>
    </message>
</context>
<context>
    <name>sna::CommentTableModel</name>
    <message>
        <source>Not placed (page %1)</source>
        <translation>Heb ei osod (tudalen %1)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Removed section “%1”</source>
        <translation>Adran a ddilëwyd “%1”</translation>
    </message>
    <message>
        <source>SNA</source>
        <translation>SNA</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation>Adolygydd anhysbys</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>%1 (replies: %2)</source>
        <translation>%1 (atebion: %2)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Wedi’i ddatrys</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
</context>
<context>
    <name>sna::ComplianceChecklist</name>
    <message>
        <source>; and %1 more</source>
        <translation>; a mwy: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Llwyddo</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Methu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>The local definition includes public-space youth violence</source>
        <translation>Mae’r diffiniad lleol yn cynnwys trais ieuenctid mewn mannau cyhoeddus</translation>
    </message>
    <message>
        <source>Homicide, violence against the person (including knife and gun crime) and crime where violence is inherent are all included.</source>
        <translation>Mae lladdiad, trais yn erbyn y person (gan gynnwys troseddau cyllyll a gynnau) a throseddau lle mae trais yn gynhenid i gyd wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>Not included: %1.</source>
        <translation>Heb eu cynnwys: %1.</translation>
    </message>
    <message>
        <source>The local definition excludes terrorism</source>
        <translation>Nid yw’r diffiniad lleol yn cynnwys terfysgaeth</translation>
    </message>
    <message>
        <source>Terrorism is part of the definition, but the Duty excludes it (para 30).</source>
        <translation>Mae terfysgaeth yn rhan o’r diffiniad, ond mae’r Ddyletswydd yn ei heithrio (paragraff 30).</translation>
    </message>
    <message>
        <source>Terrorism is not part of the definition.</source>
        <translation>Nid yw terfysgaeth yn rhan o’r diffiniad.</translation>
    </message>
    <message>
        <source>The SNA records data and intelligence gaps</source>
        <translation>Mae’r asesiad yn cofnodi bylchau yn y data a’r wybodaeth</translation>
    </message>
    <message>
        <source>The SNA has no section on data gaps.</source>
        <translation>Nid oes gan yr asesiad adran am fylchau yn y data.</translation>
    </message>
    <message>
        <source>Section %1 is marked not applicable, but every SNA must record its data gaps.</source>
        <translation>Mae adran %1 wedi’i marcio’n amherthnasol, ond rhaid i bob asesiad gofnodi ei fylchau yn y data.</translation>
    </message>
    <message>
        <source>Section %1 has no text yet.</source>
        <translation>Nid oes testun yn adran %1 eto.</translation>
    </message>
    <message>
        <source>Recorded in section %1.</source>
        <translation>Wedi’u cofnodi yn adran %1.</translation>
    </message>
    <message>
        <source>Strategy, para %1: %2</source>
        <translation>Strategaeth, paragraff %1: %2</translation>
    </message>
    <message>
        <source>Only in section %1, which is restricted and will not be published.</source>
        <translation>Dim ond yn adran %1, sy’n gyfyngedig ac na chaiff ei chyhoeddi.</translation>
    </message>
    <message>
        <source>No section of the strategy covers it.</source>
        <translation>Nid oes adran o’r strategaeth yn ymdrin ag ef.</translation>
    </message>
    <message>
        <source>Section %1 is marked not applicable without a reason.</source>
        <translation>Mae adran %1 wedi’i marcio’n amherthnasol heb reswm.</translation>
    </message>
    <message>
        <source>Marked not applicable: %1</source>
        <translation>Wedi’i marcio’n amherthnasol: %1</translation>
    </message>
    <message>
        <source>Covered in section %1.</source>
        <translation>Yn cael sylw yn adran %1.</translation>
    </message>
    <message>
        <source>Educational authorities consulted on the strategy</source>
        <translation>Ymgynghorwyd ag awdurdodau addysgol ar y strategaeth</translation>
    </message>
    <message>
        <source>No educational authority is listed in the partnership profile.</source>
        <translation>Nid oes awdurdod addysgol wedi’i restru ym mhroffil y bartneriaeth.</translation>
    </message>
    <message>
        <source>Prison authorities consulted on the strategy</source>
        <translation>Ymgynghorwyd ag awdurdodau carchardai ar y strategaeth</translation>
    </message>
    <message>
        <source>No prison authority is listed in the partnership profile.</source>
        <translation>Nid oes awdurdod carchardai wedi’i restru ym mhroffil y bartneriaeth.</translation>
    </message>
    <message>
        <source>Youth custody authorities consulted on the strategy</source>
        <translation>Ymgynghorwyd ag awdurdodau dalfa ieuenctid ar y strategaeth</translation>
    </message>
    <message>
        <source>No youth custody authority is listed in the partnership profile.</source>
        <translation>Nid oes awdurdod dalfa ieuenctid wedi’i restru ym mhroffil y bartneriaeth.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet consulted: %1.</source>
        <translation>Heb ymgynghori eto: %1.</translation>
    </message>
    <message>
        <source>Consulted: %1.</source>
        <translation>Ymgynghorwyd: %1.</translation>
    </message>
    <message>
        <source>No restricted section in the published strategy</source>
        <translation>Dim adran gyfyngedig yn y strategaeth a gyhoeddir</translation>
    </message>
    <message>
        <source>Restricted but still published: %1.</source>
        <translation>Yn gyfyngedig ond yn dal i gael eu cyhoeddi: %1.</translation>
    </message>
    <message>
        <source>No section is marked restricted.</source>
        <translation>Nid oes adran wedi’i marcio’n gyfyngedig.</translation>
    </message>
    <message>
        <source>Left out of the published strategy: %1.</source>
        <translation>Wedi’u gadael allan o’r strategaeth a gyhoeddir: %1.</translation>
    </message>
    <message>
        <source>The partnership covers no area in Wales.</source>
        <translation>Nid yw’r bartneriaeth yn cwmpasu unrhyw ardal yng Nghymru.</translation>
    </message>
    <message>
        <source>Welsh missing</source>
        <translation>Dim Cymraeg</translation>
    </message>
    <message>
        <source>English missing</source>
        <translation>Dim Saesneg</translation>
    </message>
    <message>
        <source>Welsh out of date</source>
        <translation>Cymraeg wedi dyddio</translation>
    </message>
    <message>
        <source>English out of date</source>
        <translation>Saesneg wedi dyddio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Priority “%1”: Welsh missing</source>
        <translation>Blaenoriaeth “%1”: dim Cymraeg</translation>
    </message>
    <message>
        <source>Action “%1”: translation missing</source>
        <translation>Cam gweithredu “%1”: cyfieithiad ar goll</translation>
    </message>
    <message>
        <source>Action “%1”: translation out of date</source>
        <translation>Cam gweithredu “%1”: cyfieithiad wedi dyddio</translation>
    </message>
    <message>
        <source>Every written section is in Welsh and English, and no translation is out of date.</source>
        <translation>Mae pob adran a ysgrifennwyd yn Gymraeg ac yn Saesneg, ac nid oes cyfieithiad wedi dyddio.</translation>
    </message>
    <message>
        <source>The Welsh version of the strategy is complete and up to date</source>
        <translation>Mae fersiwn Gymraeg y strategaeth yn gyflawn ac yn gyfredol</translation>
    </message>
    <message>
        <source>The Welsh version of the SNA is complete and up to date</source>
        <translation>Mae fersiwn Gymraeg yr asesiad yn gyflawn ac yn gyfredol</translation>
    </message>
    <message>
        <source>No date has been set.</source>
        <translation>Nid oes dyddiad wedi’i osod.</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Wedi’i wneud ar %1.</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not marked as done.</source>
        <translation>Yn hwyr: roedd i fod erbyn %1 ac nid yw wedi’i farcio’n gyflawn.</translation>
    </message>
    <message>
        <source>Planned for %1.</source>
        <translation>Wedi’i gynllunio ar gyfer %1.</translation>
    </message>
    <message>
        <source>The SNA has a completion date and is on time</source>
        <translation>Mae gan yr asesiad ddyddiad cwblhau ac mae ar amser</translation>
    </message>
    <message>
        <source>The strategy has a publication date and is on time</source>
        <translation>Mae gan y strategaeth ddyddiad cyhoeddi ac mae ar amser</translation>
    </message>
    <message>
        <source>%1 is more than 7 days after publication; it is due by %2.</source>
        <translation>Mae %1 yn fwy na saith diwrnod ar ôl cyhoeddi; rhaid ei wneud erbyn %2.</translation>
    </message>
    <message>
        <source>The strategy is sent to the Home Office within 7 days of publication</source>
        <translation>Anfonir y strategaeth at y Swyddfa Gartref cyn pen saith diwrnod ar ôl ei chyhoeddi</translation>
    </message>
    <message>
        <source>The strategy is sent to the Welsh Ministers within 7 days of publication</source>
        <translation>Anfonir y strategaeth at Weinidogion Cymru cyn pen saith diwrnod ar ôl ei chyhoeddi</translation>
    </message>
    <message>
        <source>The annual review of the strategy is scheduled</source>
        <translation>Mae adolygiad blynyddol y strategaeth wedi’i drefnu</translation>
    </message>
    <message>
        <source>%1 is more than a year after publication; review by %2.</source>
        <translation>Mae %1 yn fwy na blwyddyn ar ôl cyhoeddi; adolygwch erbyn %2.</translation>
    </message>
    <message>
        <source>A named coordinator (para 154 a)</source>
        <translation>Cydgysylltydd a enwir (paragraff 154 a)</translation>
    </message>
    <message>
        <source>No coordinator is named in the profile.</source>
        <translation>Nid oes cydgysylltydd wedi’i enwi yn y proffil.</translation>
    </message>
    <message>
        <source>Coordinator: %1.</source>
        <translation>Cydgysylltydd: %1.</translation>
    </message>
    <message>
        <source>Every action has a lead, a due date and a success measure</source>
        <translation>Mae gan bob cam gweithredu arweinydd, dyddiad cau a mesur llwyddiant</translation>
    </message>
    <message>
        <source>The action plan has no actions yet.</source>
        <translation>Nid oes camau gweithredu yn y cynllun eto.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Anghyflawn: %1.</translation>
    </message>
    <message>
        <source>Actions: %1.</source>
        <translation>Camau gweithredu: %1.</translation>
    </message>
    <message>
        <source>Every specified authority has signed off the version of the strategy being published</source>
        <translation>Mae pob awdurdod penodedig wedi cymeradwyo’r fersiwn o’r strategaeth sy’n cael ei chyhoeddi</translation>
    </message>
    <message>
        <source>The profile names no specified authority.</source>
        <translation>Nid yw’r proffil yn enwi unrhyw awdurdod penodedig.</translation>
    </message>
    <message>
        <source>No version of the strategy has been saved yet: save one, then record each authority's sign-off of it.</source>
        <translation>Nid oes fersiwn o’r strategaeth wedi’i chadw eto: cadwch un, yna cofnodwch gymeradwyaeth pob awdurdod ohoni.</translation>
    </message>
    <message>
        <source>The strategy has changed since version “%1”: save a new version for sign-off.</source>
        <translation>Mae’r strategaeth wedi newid ers fersiwn “%1”: cadwch fersiwn newydd i’w chymeradwyo.</translation>
    </message>
    <message>
        <source>Version “%1” awaits sign-off by: %2.</source>
        <translation>Mae fersiwn “%1” yn aros am gymeradwyaeth gan: %2.</translation>
    </message>
    <message>
        <source>Version “%1” is signed off by every specified authority (%2).</source>
        <translation>Mae fersiwn “%1” wedi’i chymeradwyo gan bob awdurdod penodedig (%2).</translation>
    </message>
</context>
<context>
    <name>sna::ConfirmTranslationCommand</name>
    <message>
        <source>Confirm translation of “%1”</source>
        <translation>Cadarnhau cyfieithiad “%1”</translation>
    </message>
</context>
<context>
    <name>sna::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Nid yw’r maes mewn dyfynodau sy’n dechrau ar linell %1 byth yn cau.</translation>
    </message>
    <message>
        <source>Line %1, field %2: unexpected text after a closing quote.</source>
        <translation>Llinell %1, maes %2: testun annisgwyl ar ôl dyfynnod cau.</translation>
    </message>
</context>
<context>
    <name>sna::DashboardPanel</name>
    <message>
        <source>No project is open.</source>
        <translation>Does dim prosiect ar agor.</translation>
    </message>
    <message>
        <source>No data has been imported yet.</source>
        <translation>Nid oes data wedi’i fewnforio eto.</translation>
    </message>
    <message>
        <source>Import a data.police.uk street-level crime file to see the trend.</source>
        <translation>Mewnforiwch ffeil troseddau ar lefel stryd data.police.uk i weld y duedd.</translation>
    </message>
    <message>
        <source>Latest 12 months (to %1)</source>
        <translation>Y 12 mis diwethaf (y mis olaf: %1)</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Pob mis</translation>
    </message>
    <message>
        <source>Serious violence (local definition): %1 · All police records: %2 · Datasets: %3</source>
        <translation>Trais difrifol (diffiniad lleol): %1 · Holl gofnodion yr heddlu: %2 · Setiau data: %3</translation>
    </message>
    <message>
        <source>Compared with the %1 months before: %2</source>
        <translation>O’i gymharu â’r cyfnod cynt (misoedd: %1): %2</translation>
    </message>
    <message>
        <source>Change is shown when this period and the one before it both have every month of data.</source>
        <translation>Dangosir newid pan fydd data ar gyfer pob mis yn y cyfnod hwn ac yn y cyfnod cyn hynny.</translation>
    </message>
    <message>
        <source>Months with no data (left as gaps, never drawn as zero): %1</source>
        <translation>Misoedd heb ddata (gadewir bylchau; ni ddangosir byth fel sero): %1</translation>
    </message>
    <message>
        <source>Police categories not yet mapped to the definition: %1 — see the Definition tab.</source>
        <translation>Categorïau’r heddlu sydd heb eu mapio i’r diffiniad eto: %1 — gweler y tab Diffiniad.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
</context>
<context>
    <name>sna::DataGapStore</name>
    <message>
        <source>Could not read the data gaps register</source>
        <translation>Methu darllen y gofrestr bylchau yn y data</translation>
    </message>
    <message>
        <source>Could not save the data gaps register</source>
        <translation>Methu cadw’r gofrestr bylchau yn y data</translation>
    </message>
</context>
<context>
    <name>sna::DataGaps</name>
    <message>
        <source>Held</source>
        <translation>Wedi’i ddal</translation>
    </message>
    <message>
        <source>Partly held</source>
        <translation>Wedi’i ddal yn rhannol</translation>
    </message>
    <message>
        <source>Not yet held</source>
        <translation>Heb ei ddal eto</translation>
    </message>
    <message>
        <source>Held outside this project</source>
        <translation>Wedi’i ddal y tu allan i’r prosiect hwn</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Wedi gofyn amdano</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ddim ar gael</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Fel y’i canfuwyd</translation>
    </message>
</context>
<context>
    <name>sna::DataGapsPanel</name>
    <message>
        <source>Data gaps register</source>
        <translation>Cofrestr bylchau yn y data</translation>
    </message>
    <message>
        <source>Cannot be detected</source>
        <translation>Ni ellir ei ganfod</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Statws %1</translation>
    </message>
    <message>
        <source>Saved. The SNA’s data gaps section shows the register as it is now.</source>
        <translation>Wedi’i gadw. Mae adran bylchau yn y data yr asesiad yn dangos y gofrestr fel y mae nawr.</translation>
    </message>
    <message>
        <source>The data the statutory guidance expects a strategic needs assessment to draw on (paragraph 147), against what this project holds. Record a status where the project cannot see it (held by a partner, requested, not available) and a note in English and Welsh.</source>
        <translation>Y data y mae’r canllawiau statudol yn disgwyl i asesiad o anghenion strategol ei ddefnyddio (paragraff 147), o’i gymharu â’r hyn sydd gan y prosiect hwn. Cofnodwch statws lle na all y prosiect ei weld (wedi’i ddal gan bartner, wedi gofyn amdano, ddim ar gael) a nodyn yn Saesneg ac yn Gymraeg.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>Yn y prosiect hwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Nodyn (Saesneg)</translation>
    </message>
    <message>
        <source>Note (Welsh)</source>
        <translation>Nodyn (Cymraeg)</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;Cadw’r gofrestr</translation>
    </message>
</context>
<context>
    <name>sna::DatasetStore</name>
    <message>
        <source>Could not list the datasets</source>
        <translation>Methu rhestru’r setiau data</translation>
    </message>
    <message>
        <source>Could not read the rejected rows</source>
        <translation>Methu darllen y rhesi a wrthodwyd</translation>
    </message>
    <message>
        <source>Could not remove dataset %1</source>
        <translation>Methu tynnu set ddata %1</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>Nid oes set ddata %1 yn y prosiect hwn.</translation>
    </message>
    <message>
        <source>Could not read the personal-data decisions</source>
        <translation>Methu darllen y penderfyniadau am ddata personol</translation>
    </message>
</context>
<context>
    <name>sna::DatasetTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>SHA-256 of the imported file: %1</source>
        <translation>SHA-256 y ffeil a fewnforiwyd: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rhesi a ddarllenwyd</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Wedi’u storio</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi’u gwrthod</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>File hash</source>
        <translation>Stwnsh y ffeil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Math o ffynhonnell</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
</context>
<context>
    <name>sna::DatasetsPanel</name>
    <message>
        <source>Remove dataset</source>
        <translation>Tynnu set ddata</translation>
    </message>
    <message>
        <source>Remove “%1” and every figure drawn from it? This cannot be undone.</source>
        <translation>Tynnu “%1” a phob ffigur a luniwyd ohono? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Mewnforio data…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset</source>
        <translation>&amp;Tynnu set ddata</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Setiau data</translation>
    </message>
    <message>
        <source>“%1”: locations anonymised by their publisher</source>
        <translation>“%1”: lleoliadau a wnaed yn ddienw gan eu cyhoeddwr</translation>
    </message>
    <message>
        <source>“%1”: dropped</source>
        <translation>“%1”: hepgorwyd</translation>
    </message>
    <message>
        <source>“%1” (%2, %3 values): dropped</source>
        <translation>“%1” (%2, gwerthoedd: %3): hepgorwyd</translation>
    </message>
    <message>
        <source>“%1” (%2, %3 values): kept as confirmed</source>
        <translation>“%1” (%2, gwerthoedd: %3): cadwyd, fel y cadarnhawyd</translation>
    </message>
    <message>
        <source>Select a dataset to see where it came from.</source>
        <translation>Dewiswch set ddata i weld o ble y daeth.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Ffeil: %1 (%2)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Fformat: %1</translation>
    </message>
    <message>
        <source>Sent by: %1 — %2</source>
        <translation>Anfonwyd gan: %1 — %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Sharing basis: %1</source>
        <translation>Sail rhannu: %1</translation>
    </message>
    <message>
        <source>ISTV level: %1</source>
        <translation>Lefel ISTV: %1</translation>
    </message>
    <message>
        <source>not applicable (open data)</source>
        <translation>amherthnasol (data agored)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Derbyniwyd: %1</translation>
    </message>
    <message>
        <source>Imported: %1 by %2 with %3</source>
        <translation>Mewnforiwyd: %1 gan %2 gyda %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>defnyddiwr anhysbys</translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Mapio colofnau: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Cyfnod: %1</translation>
    </message>
    <message>
        <source>Rows read: %1; stored: %2; rejected: %3</source>
        <translation>Rhesi a ddarllenwyd: %1; a storiwyd: %2; a wrthodwyd: %3</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>Amgodiad y testun: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Personal data: %1</source>
        <translation>Data personol: %1</translation>
    </message>
    <message>
        <source>Personal data: none found</source>
        <translation>Data personol: ni chafwyd dim</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
        <source>Rejected rows of “%1”</source>
        <translation>Rhesi a wrthodwyd o “%1”</translation>
    </message>
    <message>
        <source>Data imported into this project, with where each dataset came from, on what basis, and what was done with any personal data.</source>
        <translation>Data a fewnforiwyd i’r prosiect hwn, gydag o ble y daeth pob set ddata, ar ba sail, a beth a wnaed ag unrhyw ddata personol.</translation>
    </message>
    <message>
        <source>Re&amp;jected rows…</source>
        <translation>Rhesi a &amp;wrthodwyd…</translation>
    </message>
</context>
<context>
    <name>sna::DateDelegate</name>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
</context>
<context>
    <name>sna::DefinitionCategoryModel</name>
    <message>
        <source>Included</source>
        <translation>Wedi’i gynnwys</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Heb ei gynnwys</translation>
    </message>
    <message>
        <source>Include “%1”</source>
        <translation>Cynnwys “%1”</translation>
    </message>
    <message>
        <source>Leave out “%1”</source>
        <translation>Hepgor “%1”</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Kind of violence (guidance paras 29–33)</source>
        <translation>Math o drais (canllawiau, paragraffau 29–33)</translation>
    </message>
</context>
<context>
    <name>sna::DefinitionCommand</name>
    <message>
        <source>  definition  show or change the local definition of serious violence</source>
        <translation>  definition  dangos neu newid y diffiniad lleol o drais difrifol</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos cymorth ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <source>Count this category.</source>
        <translation>Cyfrif y categori hwn.</translation>
    </message>
    <message>
        <source>Stop counting this category.</source>
        <translation>Peidio â chyfrif y categori hwn.</translation>
    </message>
    <message>
        <source>How a source category counts.</source>
        <translation>Sut mae categori ffynhonnell yn cyfrif.</translation>
    </message>
    <message>
        <source>The source the mappings are for.</source>
        <translation>Y ffynhonnell y mae’r mapiau ar ei chyfer.</translation>
    </message>
    <message>
        <source>give one project file: sna definition FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna definition FFEIL.sna</translation>
    </message>
    <message>
        <source>there is no category “%1”; the categories are: %2.</source>
        <translation>nid oes categori “%1”; y categorïau yw: %2.</translation>
    </message>
    <message>
        <source>--map takes CATEGORY=ID, not “%1”.</source>
        <translation>mae --map yn cymryd CATEGORI=ID, nid “%1”.</translation>
    </message>
    <message>
        <source>Usage: sna definition FILE.sna [--json] [--include ID]… [--exclude ID]…
                      [--map "CATEGORY=ID"]… [--source SOURCE]
Shows the categories of the local definition of serious violence (id, included or excluded, kind, name) and how each source category counts. --include and --exclude change which categories count; --map makes a source category count as a category of the definition (an empty ID: not serious violence, shown as -). --source defaults to police-uk. A definition without public-space youth violence, or with terrorism, is refused.</source>
        <translation>Defnydd: sna definition FFEIL.sna [--json] [--include ID]… [--exclude ID]…
                      [--map "CATEGORI=ID"]… [--source FFYNHONNELL]
Yn dangos categorïau’r diffiniad lleol o drais difrifol (id, wedi’i gynnwys neu wedi’i hepgor, math, enw) a sut mae pob categori ffynhonnell yn cyfrif. Mae --include a --exclude yn newid pa gategorïau sy’n cyfrif; mae --map yn gwneud i gategori ffynhonnell gyfrif fel categori yn y diffiniad (ID gwag: nid trais difrifol, a ddangosir fel -). police-uk yw’r ffynhonnell os na roddir --source. Gwrthodir diffiniad heb drais ieuenctid mewn mannau cyhoeddus, neu un sy’n cynnwys terfysgaeth.</translation>
    </message>
</context>
<context>
    <name>sna::DefinitionPanel</name>
    <message>
        <source>Every police category in the data is mapped.</source>
        <translation>Mae pob categori’r heddlu yn y data wedi’i fapio.</translation>
    </message>
    <message>
        <source>Unmapped police categories: %1. Their records are listed, not counted, until you choose what they count as.</source>
        <translation>Categorïau’r heddlu heb eu mapio: %1. Cânt eu rhestru, nid eu cyfrif, nes i chi ddewis sut maent yn cyfrif.</translation>
    </message>
    <message>
        <source>A category needs a name in English and in Welsh.</source>
        <translation>Mae angen enw Saesneg ac enw Cymraeg ar gategori.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Golygu “%1”</translation>
    </message>
    <message>
        <source>Your local definition of serious violence: which kinds count and why (the s.13(6) factors: maximum penalty, impact on victims, prevalence, impact on the community). It must include public-space youth violence and can never include terrorism. Every figure under the definition follows your changes.</source>
        <translation>Eich diffiniad lleol o drais difrifol: pa fathau sy’n cyfrif a pham (ffactorau a.13(6): y gosb uchaf, yr effaith ar ddioddefwyr, pa mor gyffredin ydyw, a’r effaith ar y gymuned). Rhaid iddo gynnwys trais ieuenctid mewn mannau cyhoeddus ac ni all byth gynnwys terfysgaeth. Mae pob ffigur o dan y diffiniad yn dilyn eich newidiadau.</translation>
    </message>
    <message>
        <source>Categories of serious violence</source>
        <translation>Categorïau trais difrifol</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Enw yn &amp;Saesneg:</translation>
    </message>
    <message>
        <source>Name in &amp;Welsh:</source>
        <translation>Enw yn &amp;Gymraeg:</translation>
    </message>
    <message>
        <source>Why it counts (English):</source>
        <translation>Pam mae’n cyfrif (Saesneg):</translation>
    </message>
    <message>
        <source>Why it counts (Welsh):</source>
        <translation>Pam mae’n cyfrif (Cymraeg):</translation>
    </message>
    <message>
        <source>How police categories count</source>
        <translation>Sut mae categorïau’r heddlu’n cyfrif</translation>
    </message>
</context>
<context>
    <name>sna::DemoProject</name>
    <message>
        <source>Could not create a temporary folder for the demo data.</source>
        <translation>Methu creu ffolder dros dro ar gyfer y data enghreifftiol.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Methu ysgrifennu’r data enghreifftiol: %1</translation>
    </message>
</context>
<context>
    <name>sna::DeprivationImporter</name>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not a Welsh LSOA code (W01 and six digits)</source>
        <translation>nid yw’n god ACEHI yng Nghymru (W01 a chwe digid)</translation>
    </message>
    <message>
        <source>not an English LSOA code (E01 and six digits)</source>
        <translation>nid yw’n god ACEHI yn Lloegr (E01 a chwe digid)</translation>
    </message>
    <message>
        <source>this LSOA is listed a second time</source>
        <translation>rhestrir yr ACEHI hon am yr eildro</translation>
    </message>
    <message>
        <source>not a rank from 1 to %1</source>
        <translation>nid yw’n safle rhwng 1 a %1</translation>
    </message>
    <message>
        <source>not a decile from 1 to 10</source>
        <translation>nid yw’n ddegradd rhwng 1 a 10</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Deciles computed from ranks (of %1 LSOAs): %2.</source>
        <translation>Degraddau a gyfrifwyd o’r safleoedd (allan o gyfanswm yr ACEHI: %1): %2.</translation>
    </message>
    <message>
        <source>LSOAs in the file: %1 of the %2 ranked (a part of the country, or a partial file).</source>
        <translation>ACEHI yn y ffeil: %1 allan o’r rhai a rancwyd, sef %2 (rhan o’r wlad, neu ffeil rannol).</translation>
    </message>
</context>
<context>
    <name>sna::DisclosureCommand</name>
    <message>
        <source>  disclosure  show or change what published figures withhold</source>
        <translation>  disclosure  dangos neu newid yr hyn a ddelir yn ôl o ffigurau cyhoeddedig</translation>
    </message>
    <message>
        <source>Usage: sna disclosure FILE.sna [--json] [--health N] [--other N]
                      [--round-health N] [--round-other N] [--rate-minimum N]
                      [--baseline YEAR|none]
Shows the disclosure control applied to everything exported or published: counts from 1 to N are withheld (shown as “*”) for health sources (--health, default 7) and for other sources (--other, default 2); counts can be rounded to a multiple (--round-health, --round-other; 0: exact); a rate is published only when it rests on at least --rate-minimum events (default 10). --baseline sets the financial year (2023 for 2023/24) that change is measured against. With options, the project is changed first; values out of range change nothing.</source>
        <translation>Defnydd: sna disclosure FFEIL.sna [--json] [--health N] [--other N]
                      [--round-health N] [--round-other N] [--rate-minimum N]
                      [--baseline BLWYDDYN|none]
Yn dangos y rheolaeth datgelu a roddir ar bopeth a allforir neu a gyhoeddir: delir cyfrifon o 1 i N yn ôl (fe’u dangosir fel “*”) ar gyfer ffynonellau iechyd (--health, 7 yn ddiofyn) ac ar gyfer ffynonellau eraill (--other, 2 yn ddiofyn); gellir talgrynnu cyfrifon i luosrif (--round-health, --round-other; 0: union); dim ond pan fo’n seiliedig ar o leiaf --rate-minimum o ddigwyddiadau (10 yn ddiofyn) y cyhoeddir cyfradd. Mae --baseline yn gosod y flwyddyn ariannol (2023 ar gyfer 2023/24) y mesurir newid yn ei herbyn. Gydag opsiynau, newidir y prosiect yn gyntaf; nid yw gwerthoedd y tu allan i’r ystod yn newid dim.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos cymorth ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <source>Health sources threshold.</source>
        <translation>Trothwy ffynonellau iechyd.</translation>
    </message>
    <message>
        <source>Other sources threshold.</source>
        <translation>Trothwy ffynonellau eraill.</translation>
    </message>
    <message>
        <source>Rounding of health counts.</source>
        <translation>Talgrynnu cyfrifon iechyd.</translation>
    </message>
    <message>
        <source>Rounding of other counts.</source>
        <translation>Talgrynnu cyfrifon eraill.</translation>
    </message>
    <message>
        <source>Fewest events for a rate.</source>
        <translation>Lleiafswm digwyddiadau ar gyfer cyfradd.</translation>
    </message>
    <message>
        <source>Baseline year.</source>
        <translation>Blwyddyn sylfaen.</translation>
    </message>
    <message>
        <source>give one project file: sna disclosure FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna disclosure FFEIL.sna</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not “%2”.</source>
        <translation>mae --%1 yn cymryd rhif cyfan, nid “%2”.</translation>
    </message>
</context>
<context>
    <name>sna::DisclosureSettingsDialog</name>
    <message>
        <source>No rounding</source>
        <translation>Dim talgrynnu</translation>
    </message>
    <message>
        <source>To the nearest 5</source>
        <translation>I’r 5 agosaf</translation>
    </message>
    <message>
        <source>To the nearest 10</source>
        <translation>I’r 10 agosaf</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Change disclosure control</source>
        <translation>Newid rheolaeth datgelu</translation>
    </message>
    <message>
        <source>Disclosure Control</source>
        <translation>Rheoli Datgelu</translation>
    </message>
    <message>
        <source>What is withheld from every figure that leaves your screen: exports, documents and published summaries. Your own view in the Analysis tab keeps exact figures.</source>
        <translation>Yr hyn a ddelir yn ôl o bob ffigur sy’n gadael eich sgrin: allforion, dogfennau a chrynodebau cyhoeddedig. Mae eich golwg eich hun yn y tab Dadansoddi yn cadw’r union ffigurau.</translation>
    </message>
    <message>
        <source>Withhold counts from &amp;health sources from 1 to:</source>
        <translation>Dal yn ôl gyfrifon o ffynonellau &amp;iechyd o 1 i:</translation>
    </message>
    <message>
        <source>Withhold counts from &amp;other sources from 1 to:</source>
        <translation>Dal yn ôl gyfrifon o ffynonellau &amp;eraill o 1 i:</translation>
    </message>
    <message>
        <source>Round counts from health so&amp;urces:</source>
        <translation>T&amp;algrynnu cyfrifon o ffynonellau iechyd:</translation>
    </message>
    <message>
        <source>Round counts from other sou&amp;rces:</source>
        <translation>Talgrynnu cyfrifon o ffynonellau e&amp;raill:</translation>
    </message>
    <message>
        <source>&amp;Baseline year for change:</source>
        <translation>&amp;Blwyddyn sylfaen ar gyfer newid:</translation>
    </message>
    <message>
        <source>Documents will say:</source>
        <translation>Bydd dogfennau’n dweud:</translation>
    </message>
    <message>
        <source>Health sources threshold</source>
        <translation>Trothwy ffynonellau iechyd</translation>
    </message>
    <message>
        <source>Other sources threshold</source>
        <translation>Trothwy ffynonellau eraill</translation>
    </message>
    <message>
        <source>Fewest events for a rate</source>
        <translation>Lleiafswm digwyddiadau ar gyfer cyfradd</translation>
    </message>
    <message>
        <source>Rounding of health counts</source>
        <translation>Talgrynnu cyfrifon iechyd</translation>
    </message>
    <message>
        <source>Rounding of other counts</source>
        <translation>Talgrynnu cyfrifon eraill</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Blwyddyn sylfaen</translation>
    </message>
    <message>
        <source>Disclosure statement</source>
        <translation>Datganiad datgelu</translation>
    </message>
    <message>
        <source>&amp;Fewest events behind a published rate:</source>
        <translation>&amp;Lleiafswm digwyddiadau y tu ôl i gyfradd gyhoeddedig:</translation>
    </message>
</context>
<context>
    <name>sna::DocumentDiff</name>
    <message>
        <source>Unchanged</source>
        <translation>Heb newid</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dilëwyd</translation>
    </message>
</context>
<context>
    <name>sna::DocumentEditorPanel</name>
    <message>
        <source>&amp;Welsh (Cymraeg)</source>
        <translation>&amp;Cymraeg</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Saesneg (English)</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ffynhonnell</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>cyfieithiad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Welsh text of %1</source>
        <translation>Testun Cymraeg %1</translation>
    </message>
    <message>
        <source>English text of %1</source>
        <translation>Testun Saesneg %1</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>Strategic needs assessment</source>
        <translation>Asesiad o anghenion strategol</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Cadarnhau’r cyfieithiad</translation>
    </message>
    <message>
        <source>Edit Welsh title of “%1”</source>
        <translation>Golygu teitl Cymraeg “%1”</translation>
    </message>
    <message>
        <source>Edit English title of “%1”</source>
        <translation>Golygu teitl Saesneg “%1”</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Ychwanegu is-adran</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ychwanegu adran</translation>
    </message>
    <message>
        <source>Remove section “%1”</source>
        <translation>Tynnu’r adran “%1”</translation>
    </message>
    <message>
        <source>Move section “%1”</source>
        <translation>Symud yr adran “%1”</translation>
    </message>
    <message>
        <source>Make “%1” a sub-section</source>
        <translation>Gwneud “%1” yn is-adran</translation>
    </message>
    <message>
        <source>Move “%1” up a level</source>
        <translation>Symud “%1” lefel i fyny</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Cyfuno “%1” â “%2”</translation>
    </message>
    <message>
        <source>Merge section</source>
        <translation>Cyfuno adran</translation>
    </message>
    <message>
        <source>Merge this section’s text, items and guidance items into:</source>
        <translation>Cyfuno testun, eitemau ac eitemau canllawiau’r adran hon â:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
    <message>
        <source>Statutory guidance, para %1</source>
        <translation>Canllawiau statudol, paragraff %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation>Ychwanegu adran ar ôl hon</translation>
    </message>
    <message>
        <source>Sub-section</source>
        <translation>Is-adran</translation>
    </message>
    <message>
        <source>Add a sub-section under this section</source>
        <translation>Ychwanegu is-adran o dan yr adran hon</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this section (its sub-sections move up)</source>
        <translation>Tynnu’r adran hon (mae ei his-adrannau’n symud i fyny)</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Symud yr adran i fyny</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Symud yr adran i lawr</translation>
    </message>
    <message>
        <source>Move the section up a level</source>
        <translation>Symud yr adran lefel i fyny</translation>
    </message>
    <message>
        <source>Make the section a sub-section of the one before</source>
        <translation>Gwneud yr adran yn is-adran o’r un flaenorol</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Cyfuno…</translation>
    </message>
    <message>
        <source>Merge this section into another</source>
        <translation>Cyfuno’r adran hon ag un arall</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Yr adran flaenorol</translation>
    </message>
    <message>
        <source>Mark the translation as current without changing it (%1)</source>
        <translation>Marcio’r cyfieithiad yn gyfredol heb ei newid (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Canfod y nesaf</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Canfod yr un blaenorol</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
</context>
<context>
    <name>sna::DocumentFonts</name>
    <message>
        <source>No font for documents is installed. SNA Studio needs “%1” (Debian package fonts-noto-core) or “%2” (fonts-dejavu-core), which cover every Welsh letter.</source>
        <translation>Nid oes ffont ar gyfer dogfennau wedi’i osod. Mae SNA Studio angen “%1” (pecyn Debian fonts-noto-core) neu “%2” (fonts-dejavu-core), sy’n cynnwys pob llythyren Gymraeg.</translation>
    </message>
</context>
<context>
    <name>sna::DocumentStore</name>
    <message>
        <source>Could not read the document</source>
        <translation>Methu darllen y ddogfen</translation>
    </message>
    <message>
        <source>Could not save the document</source>
        <translation>Methu cadw’r ddogfen</translation>
    </message>
    <message>
        <source>Could not save section “%1”</source>
        <translation>Methu cadw’r adran “%1”</translation>
    </message>
</context>
<context>
    <name>sna::EmbeddedItemModel</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Built from the project’s data each time the document is shown or exported, with small counts withheld.</source>
        <translation>Caiff ei lunio o ddata’r prosiect bob tro y caiff y ddogfen ei dangos neu ei hallforio, gyda chyfrifon bach wedi’u hatal.</translation>
    </message>
</context>
<context>
    <name>sna::EmbeddedItems</name>
    <message>
        <source>Chart</source>
        <translation>Siart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Ffigur allweddol</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rhesi: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Pwyntiau: %1</translation>
    </message>
    <message>
        <source>Unknown item “%1”</source>
        <translation>Eitem anhysbys “%1”</translation>
    </message>
</context>
<context>
    <name>sna::EmbeddedItemsWidget</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ychwanegu “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Tynnu “%1”</translation>
    </message>
    <message>
        <source>Reorder items</source>
        <translation>Aildrefnu eitemau</translation>
    </message>
    <message>
        <source>&amp;Live items after the text (charts, tables, key figures):</source>
        <translation>&amp;Eitemau byw ar ôl y testun (siartiau, tablau, ffigurau allweddol):</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Tynnu eitem</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Symud yr eitem i fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Symud yr eitem i lawr</translation>
    </message>
    <message>
        <source>Live items</source>
        <translation>Eitemau byw</translation>
    </message>
</context>
<context>
    <name>sna::ExclusionsImporter</name>
    <message>
        <source>suspensions and exclusions (DfE or StatsWales)</source>
        <translation>gwaharddiadau dros dro a pharhaol (DfE neu StatsCymru)</translation>
    </message>
    <message>
        <source>a measure such as perm_excl or suspension</source>
        <translation>mesur fel perm_excl neu suspension</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not an academic year (such as 202223 or 2022/23)</source>
        <translation>nid yw’n flwyddyn academaidd (fel 202223 neu 2022/23)</translation>
    </message>
    <message>
        <source>the row names no area</source>
        <translation>nid yw’r rhes yn enwi ardal</translation>
    </message>
    <message>
        <source>not a number or a suppression mark (such as x, c, z or ..)</source>
        <translation>nid yw’n rhif nac yn farc atal (fel x, c, z neu ..)</translation>
    </message>
    <message>
        <source>not a number or a suppression mark (such as x, c, z or low)</source>
        <translation>nid yw’n rhif nac yn farc atal (fel x, c, z neu low)</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Suppressed or unavailable values kept as missing (not zero): %1.</source>
        <translation>Gwerthoedd wedi’u hatal neu heb fod ar gael a gadwyd fel rhai coll (nid sero): %1.</translation>
    </message>
</context>
<context>
    <name>sna::ExportDialog</name>
    <message>
        <source>Files written: %1</source>
        <translation>Ffeiliau a ysgrifennir: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html);;OpenDocument text (*.odt)</source>
        <translation>Dogfennau PDF (*.pdf);;Tudalennau gwe (*.html);;Testun OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dogfen:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>Strategic needs assessment: public summary</source>
        <translation>Asesiad o anghenion strategol: crynodeb cyhoeddus</translation>
    </message>
    <message>
        <source>Strategic needs assessment: full version (restricted)</source>
        <translation>Asesiad o anghenion strategol: fersiwn lawn (cyfyngedig)</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Iaith y ddogfen:</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>&amp;Bilingual layout:</source>
        <translation>&amp;Cynllun dwyieithog:</translation>
    </message>
    <message>
        <source>Two matching documents</source>
        <translation>Dwy ddogfen sy’n cyfateb</translation>
    </message>
    <message>
        <source>One document, Welsh first</source>
        <translation>Un ddogfen, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>Parallel columns, Welsh on the left</source>
        <translation>Colofnau cyfochrog, y Gymraeg ar y chwith</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Accessible web page (HTML)</source>
        <translation>Tudalen we hygyrch (HTML)</translation>
    </message>
    <message>
        <source>Editable document (ODT, opens in Word)</source>
        <translation>Dogfen y gellir ei golygu (ODT, mae’n agor yn Word)</translation>
    </message>
    <message>
        <source>&amp;Publication date:</source>
        <translation>Dyddiad &amp;cyhoeddi:</translation>
    </message>
    <message>
        <source>Mark every page as a &amp;draft</source>
        <translation>Marcio pob tudalen yn &amp;ddrafft</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Cadw &amp;fel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>This partnership covers an area in Wales: publish the Welsh and the English version together.</source>
        <translation>Mae’r bartneriaeth hon yn cwmpasu ardal yng Nghymru: cyhoeddwch y fersiwn Gymraeg a’r fersiwn Saesneg gyda’i gilydd.</translation>
    </message>
</context>
<context>
    <name>sna::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Text in either language</source>
        <translation>Testun yn y naill iaith neu’r llall</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cau’r bar canfod</translation>
    </message>
</context>
<context>
    <name>sna::FingertipsImporter</name>
    <message>
        <source>OHID Fingertips indicator data</source>
        <translation>data dangosyddion OHID Fingertips</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected at most %1 fields as in the header, found %2</source>
        <translation>disgwylid uchafswm y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not an indicator number</source>
        <translation>nid yw’n rhif dangosydd</translation>
    </message>
    <message>
        <source>the area code is empty</source>
        <translation>mae cod yr ardal yn wag</translation>
    </message>
    <message>
        <source>not a period (such as 2019, 2019/20 or 2017 - 19)</source>
        <translation>nid yw’n gyfnod (fel 2019, 2019/20 neu 2017 - 19)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nid yw’n rhif</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>nifer negyddol</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
</context>
<context>
    <name>sna::FormatImporter</name>
    <message>
        <source>“%1” is not a %2 file: its header lacks the columns %3. The header found was: %4</source>
        <translation>Nid yw “%1” yn ffeil o’r math hwn: %2. Nid oes gan ei phennawd y colofnau %3. Y pennawd a gafwyd oedd: %4</translation>
    </message>
</context>
<context>
    <name>sna::FormatRegistry</name>
    <message>
        <source>partner data through a column mapping</source>
        <translation>data partner drwy fapio colofnau</translation>
    </message>
</context>
<context>
    <name>sna::FormatToolBar</name>
    <message>
        <source>Insert link</source>
        <translation>Mewnosod dolen</translation>
    </message>
    <message>
        <source>Web address (https://…) or e-mail address (mailto:…):</source>
        <translation>Cyfeiriad gwe (https://…) neu gyfeiriad e-bost (mailto:…):</translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address. Links must start with https://, http:// or mailto:.</source>
        <translation>Nid yw “%1” yn gyfeiriad gwe nac yn gyfeiriad e-bost. Rhaid i ddolenni ddechrau â https://, http:// neu mailto:.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Fformatio</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Trwm</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Trwm (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italig</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italig (%1)</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Bwledi</translation>
    </message>
    <message>
        <source>Bulleted list (%1)</source>
        <translation>Rhestr fwledi (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rhifau</translation>
    </message>
    <message>
        <source>Numbered list (%1)</source>
        <translation>Rhestr wedi’i rhifo (%1)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>Heading, sub-heading or paragraph (%1)</source>
        <translation>Pennawd, is-bennawd neu baragraff (%1)</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Dolen…</translation>
    </message>
    <message>
        <source>Link (%1)</source>
        <translation>Dolen (%1)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Insert a table of two rows and two columns</source>
        <translation>Mewnosod tabl o ddwy res a dwy golofn</translation>
    </message>
</context>
<context>
    <name>sna::Glossary</name>
    <message>
        <source>Line %1 of the glossary has no English or no Welsh term: “%2”.</source>
        <translation>Nid oes term Saesneg neu derm Cymraeg ar linell %1 o’r eirfa: “%2”.</translation>
    </message>
    <message>
        <source>A glossary term needs its English wording.</source>
        <translation>Mae angen geiriad Saesneg ar derm yn yr eirfa.</translation>
    </message>
    <message>
        <source>The glossary term “%1” needs its Welsh wording.</source>
        <translation>Mae angen geiriad Cymraeg ar y term “%1” yn yr eirfa.</translation>
    </message>
    <message>
        <source>A glossary term must fit on one line.</source>
        <translation>Rhaid i derm yn yr eirfa ffitio ar un llinell.</translation>
    </message>
</context>
<context>
    <name>sna::GlossaryPanel</name>
    <message>
        <source>new term</source>
        <translation>term newydd</translation>
    </message>
    <message>
        <source>Welsh term</source>
        <translation>term Cymraeg</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>Open a section to check its Welsh against the glossary.</source>
        <translation>Agorwch adran i wirio ei Chymraeg yn erbyn yr eirfa.</translation>
    </message>
    <message>
        <source>This section has no Welsh text to check yet.</source>
        <translation>Nid oes testun Cymraeg yn yr adran hon i’w wirio eto.</translation>
    </message>
    <message>
        <source>The Welsh text uses every agreed term its English needs.</source>
        <translation>Mae’r testun Cymraeg yn defnyddio pob term cytûn y mae ei Saesneg yn galw amdano.</translation>
    </message>
    <message>
        <source>The English uses these terms, but the Welsh does not use the agreed Welsh:</source>
        <translation>Mae’r Saesneg yn defnyddio’r termau hyn, ond nid yw’r Gymraeg yn defnyddio’r Gymraeg gytûn:</translation>
    </message>
    <message>
        <source>Find a term in English or Welsh</source>
        <translation>Canfod term yn Saesneg neu’n Gymraeg</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Canfod term</translation>
    </message>
    <message>
        <source>Insert Welsh</source>
        <translation>Mewnosod y Gymraeg</translation>
    </message>
    <message>
        <source>Insert the Welsh term at the cursor in the Welsh text</source>
        <translation>Mewnosod y term Cymraeg wrth y cyrchwr yn y testun Cymraeg</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add a project term</source>
        <translation>Ychwanegu term y prosiect</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove a project term</source>
        <translation>Tynnu term y prosiect</translation>
    </message>
    <message>
        <source>Only the project’s own terms can be removed; a changed standard term goes back to the standard wording</source>
        <translation>Dim ond termau’r prosiect ei hun y gellir eu tynnu; mae term safonol a newidiwyd yn mynd yn ôl i’r geiriad safonol</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termau’r eirfa</translation>
    </message>
    <message>
        <source>Glossary check of the Welsh text</source>
        <translation>Gwiriad geirfa o’r testun Cymraeg</translation>
    </message>
</context>
<context>
    <name>sna::GlossaryStore</name>
    <message>
        <source>Could not read the project’s glossary</source>
        <translation>Methu darllen geirfa’r prosiect</translation>
    </message>
    <message>
        <source>The glossary term “%1” is listed twice.</source>
        <translation>Mae’r term “%1” wedi’i restru ddwywaith yn yr eirfa.</translation>
    </message>
    <message>
        <source>Could not save the project’s glossary</source>
        <translation>Methu cadw geirfa’r prosiect</translation>
    </message>
</context>
<context>
    <name>sna::GlossaryTableModel</name>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A proposal for a translator to confirm. %1</source>
        <translation>Cynnig i gyfieithydd ei gadarnhau. %1</translation>
    </message>
    <message>
        <source>Change checking of “%1”</source>
        <translation>Newid gwirio “%1”</translation>
    </message>
    <message>
        <source>Change the Welsh term for “%1”</source>
        <translation>Newid y term Cymraeg am “%1”</translation>
    </message>
    <message>
        <source>Rename term “%1”</source>
        <translation>Ailenwi’r term “%1”</translation>
    </message>
    <message>
        <source>Flag sections whose Welsh does not use this term</source>
        <translation>Tynnu sylw at adrannau nad yw eu Cymraeg yn defnyddio’r term hwn</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>Add term “%1”</source>
        <translation>Ychwanegu’r term “%1”</translation>
    </message>
    <message>
        <source>Remove term “%1”</source>
        <translation>Tynnu’r term “%1”</translation>
    </message>
</context>
<context>
    <name>sna::GovernanceBodyModel</name>
    <message>
        <source>Rename governance body</source>
        <translation>Ailenwi corff llywodraethu</translation>
    </message>
    <message>
        <source>New governance body</source>
        <translation>Corff llywodraethu newydd</translation>
    </message>
    <message>
        <source>New governance body %1</source>
        <translation>Corff llywodraethu newydd %1</translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation>Ychwanegu corff llywodraethu</translation>
    </message>
    <message>
        <source>Remove governance body</source>
        <translation>Tynnu corff llywodraethu</translation>
    </message>
</context>
<context>
    <name>sna::GuardFindingsModel</name>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Drop the column</source>
        <translation>Hepgor y golofn</translation>
    </message>
    <message>
        <source>Keep it (confirmed)</source>
        <translation>Ei chadw (wedi’i chadarnhau)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>May hold</source>
        <translation>Gallai gynnwys</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Llinellau</translation>
    </message>
    <message>
        <source>Example (masked)</source>
        <translation>Enghraifft (wedi’i chuddio)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
</context>
<context>
    <name>sna::GuardReport</name>
    <message>
        <source>column “%1” (%2): values on lines %3; %4 value(s) in all, e.g. “%5”</source>
        <translation>colofn “%1” (%2): gwerthoedd ar linellau %3; cyfanswm y gwerthoedd: %4, e.e. “%5”</translation>
    </message>
</context>
<context>
    <name>sna::ImdImporter</name>
    <message>
        <source>English Index of Multiple Deprivation 2019</source>
        <translation>Mynegai Amddifadedd Lluosog Lloegr 2019</translation>
    </message>
</context>
<context>
    <name>sna::ImportController</name>
    <message>
        <source>Import data</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Wrthi’n mewnforio “%1”…</translation>
    </message>
    <message>
        <source>Store the good rows</source>
        <translation>Storio’r rhesi da</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>Disodli’r mewnforiad cynharach</translation>
    </message>
    <message>
        <source>Open the import wizard</source>
        <translation>Agor y dewin mewnforio</translation>
    </message>
</context>
<context>
    <name>sna::ImportFilePage</name>
    <message>
        <source>Import data</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The format was not recognised from the header: you will map its columns.</source>
        <translation>Ni adnabuwyd y fformat o’r pennawd: byddwch yn mapio ei cholofnau.</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Fe’i hadnabuwyd fel: %1.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>Choose a CSV file from a partner or a publisher. Every file is checked for personal data before it is imported, and nothing is stored until the last step.</source>
        <translation>Dewiswch ffeil CSV gan bartner neu gyhoeddwr. Caiff pob ffeil ei gwirio am ddata personol cyn ei mewnforio, ac ni chaiff dim ei storio tan y cam olaf.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Anfonwyd gan:</translation>
    </message>
    <message>
        <source>Partner or publisher, e.g. Gwent Police</source>
        <translation>Partner neu gyhoeddwr, e.e. Heddlu Gwent</translation>
    </message>
    <message>
        <source>&amp;Kind of source:</source>
        <translation>&amp;Math o ffynhonnell:</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>Amgodiad y &amp;testun:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Canfod yn awtomatig</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel “CSV”)</source>
        <translation>Windows-1252 (“CSV” Excel)</translation>
    </message>
</context>
<context>
    <name>sna::ImportGuardPage</name>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Wrthi’n gwirio pob rhes o’r ffeil…</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: it comes from a %2 source, which may share only anonymous data (Serious Violence Duty guidance, paragraphs 178–179), and it holds personal identifiers in the columns below. Ask the partner for an anonymised, aggregated extract and delete this file securely.</source>
        <translation>Ni ellir mewnforio “%1”: daw o ffynhonnell o’r math hwn: %2, na all rannu dim ond data dienw (canllawiau’r Ddyletswydd Trais Difrifol, paragraffau 178–179), ac mae’n cynnwys dynodwyr personol yn y colofnau isod. Gofynnwch i’r partner am echdyniad dienw, cyfanredol a dilëwch y ffeil hon yn ddiogel.</translation>
    </message>
    <message>
        <source>These columns may hold personal data. Decide for each one: drop it (it is not stored), or keep it if you are sure it may be held. Your decisions are recorded with the dataset.</source>
        <translation>Gallai’r colofnau hyn gynnwys data personol. Penderfynwch ar gyfer pob un: ei hepgor (ni chaiff ei storio), neu ei chadw os ydych yn siŵr y gellir ei dal. Caiff eich penderfyniadau eu cofnodi gyda’r set ddata.</translation>
    </message>
    <message>
        <source>Recognised as anonymised by their publisher (locations snapped to map points): %1.</source>
        <translation>Fe’u hadnabuwyd fel rhai a wnaed yn ddienw gan eu cyhoeddwr (lleoliadau wedi’u symud i bwyntiau ar fap): %1.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data personol</translation>
    </message>
    <message>
        <source>Every column was checked for names, dates of birth, NHS numbers, full postcodes, e-mail addresses, phone numbers, street addresses and free text.</source>
        <translation>Gwiriwyd pob colofn am enwau, dyddiadau geni, rhifau GIG, codau post llawn, cyfeiriadau e-bost, rhifau ffôn, cyfeiriadau stryd a thestun rhydd.</translation>
    </message>
    <message numerus="yes">
        <source>No personal data was found in the %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Ni chafwyd data personol yn rhesi’r ffeil (rhesi: %Ln).</numerusform>
            <numerusform>Ni chafwyd data personol yn rhesi’r ffeil (rhesi: %Ln).</numerusform>
            <numerusform>Ni chafwyd data personol yn rhesi’r ffeil (rhesi: %Ln).</numerusform>
            <numerusform>Ni chafwyd data personol yn rhesi’r ffeil (rhesi: %Ln).</numerusform>
            <numerusform>Ni chafwyd data personol yn rhesi’r ffeil (rhesi: %Ln).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::ImportMappingPage</name>
    <message>
        <source>The mapping “%1” saved for %2 fits this file and is filled in.</source>
        <translation>Mae’r mapio “%1” a gadwyd ar gyfer %2 yn gweddu i’r ffeil hon ac fe’i llenwyd.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>diofyn</translation>
    </message>
    <message>
        <source>A first guess from the column names: check every row.</source>
        <translation>Dyfaliad cyntaf o enwau’r colofnau: gwiriwch bob rhes.</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Llwytho mapio</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mapiau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Cadw’r mapio</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Mapiau (*.json)</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Mapio’r colofnau</translation>
    </message>
    <message>
        <source>Say what each column holds. Every record needs a date or a period and a category; columns not imported are not stored, and free text is never kept. The mapping is saved for this partner and used again next time.</source>
        <translation>Nodwch beth sydd ym mhob colofn. Mae angen dyddiad neu gyfnod a chategori ar bob cofnod; ni chaiff colofnau heb eu mewnforio eu storio, ac ni chedwir testun rhydd byth. Caiff y mapio ei gadw ar gyfer y partner hwn a’i ddefnyddio eto y tro nesaf.</translation>
    </message>
    <message>
        <source>&amp;Mapping name:</source>
        <translation>Enw’r &amp;mapio:</translation>
    </message>
    <message>
        <source>Partner’s category</source>
        <translation>Categori’r partner</translation>
    </message>
    <message>
        <source>Local category</source>
        <translation>Categori lleol</translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation>&amp;Llwytho mapio…</translation>
    </message>
    <message>
        <source>&amp;Save the mapping as…</source>
        <translation>&amp;Cadw’r mapio fel…</translation>
    </message>
    <message>
        <source>The partner’s categories (from the first rows) and the category of the local definition of serious violence each counts towards. Undecided categories are imported and listed as unmapped until you choose:</source>
        <translation>Categorïau’r partner (o’r rhesi cyntaf) a’r categori yn y diffiniad lleol o drais difrifol y mae pob un yn cyfrif tuag ato. Caiff categorïau heb benderfyniad eu mewnforio a’u rhestru fel rhai heb eu mapio nes i chi ddewis:</translation>
    </message>
</context>
<context>
    <name>sna::ImportPipeline</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Diddymwyd y gwiriad.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could be a %2 or a %3 file; choose its format.</source>
        <translation>Gallai “%1” fod o’r naill fath neu’r llall: %2 neu %3; dewiswch ei fformat.</translation>
    </message>
    <message>
        <source>“%1” is not a format SNA Studio knows; use one of %2.</source>
        <translation>Nid yw “%1” yn fformat y mae SNA Studio yn ei adnabod; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>“%1” needs a column mapping: none was given and none saved in this project fits its columns. Give one with --mapping MAP.json (see docs/import-mapping.md) or map the columns in the import wizard. Its columns are: %2</source>
        <translation>Mae angen mapio colofnau ar “%1”: ni roddwyd un, ac nid oes un a gadwyd yn y prosiect hwn sy’n gweddu i’w cholofnau. Rhowch un gyda --mapping MAP.json (gweler docs/import-mapping.md) neu mapiwch y colofnau yn y dewin mewnforio. Ei cholofnau yw: %2</translation>
    </message>
    <message>
        <source>The format of “%1” was not recognised from its header, and no mapping saved in this project fits it. Map its columns (sna import --format mapped --mapping MAP.json, or the import wizard). Its columns are: %2</source>
        <translation>Ni adnabuwyd fformat “%1” o’i bennawd, ac nid oes mapio a gadwyd yn y prosiect hwn sy’n gweddu iddo. Mapiwch ei cholofnau (sna import --format mapped --mapping MAP.json, neu’r dewin mewnforio). Ei cholofnau yw: %2</translation>
    </message>
    <message>
        <source>The format “%1” cannot be imported yet.</source>
        <translation>Ni ellir mewnforio’r fformat “%1” eto.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of source; use one of %2.</source>
        <translation>Nid yw “%1” yn fath o ffynhonnell; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>The ISTV level must be 1, 2 or 3 (or 0 for open data), not %1.</source>
        <translation>Rhaid i’r lefel ISTV fod yn 1, 2 neu 3 (neu 0 ar gyfer data agored), nid %1.</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” to drop or confirm. Its columns are: %3</source>
        <translation>Nid oes gan “%1” golofn “%2” i’w hepgor neu ei chadarnhau. Ei cholofnau yw: %3</translation>
    </message>
    <message>
        <source>The import of “%1” was cancelled; nothing was imported.</source>
        <translation>Diddymwyd mewnforio “%1”; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Name the partner that sent “%1” (--partner NAME): provenance is kept for every dataset.</source>
        <translation>Enwch y partner a anfonodd “%1” (--partner ENW): cedwir tarddiad pob set ddata.</translation>
    </message>
    <message>
        <source>Record the basis on which %1 shared “%2” (--basis, e.g. "PCSC Act 2022 s.16" or a data sharing agreement reference).</source>
        <translation>Cofnodwch y sail y rhannodd %1 “%2” arni (--basis, e.e. "PCSC Act 2022 s.16" neu gyfeirnod cytundeb rhannu data).</translation>
    </message>
    <message>
        <source>ISTV level %1 (individuals) is never allowed for data from a %2 source.</source>
        <translation>Ni chaniateir lefel ISTV %1 (unigolion) byth ar gyfer data o ffynhonnell o’r math hwn: %2.</translation>
    </message>
    <message>
        <source>Could not record the import</source>
        <translation>Methu cofnodi’r mewnforiad</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 although the rest of the file is; save the file again in one encoding (or choose Windows-1252) and import it again</source>
        <translation>nid yw’r testun yn UTF-8 dilys er bod gweddill y ffeil; cadwch y ffeil eto mewn un amgodiad (neu dewiswch Windows-1252) a’i mewnforio eto</translation>
    </message>
    <message>
        <source>Could not record a rejected row</source>
        <translation>Methu cofnodi rhes a wrthodwyd</translation>
    </message>
    <message>
        <source>dataset %1, “%2” (imported %3): the same file</source>
        <translation>set ddata %1, “%2” (mewnforiwyd %3): yr un ffeil</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>dataset %1, “%2” (imported %3): %4, %5</source>
        <translation>set ddata %1, “%2” (mewnforiwyd %3): %4, %5</translation>
    </message>
    <message>
        <source>the same coverage</source>
        <translation>yr un cwmpas</translation>
    </message>
    <message>
        <source>“%1” was already imported (dataset %2, on %3). Nothing was imported: replace the earlier import or skip this file.</source>
        <translation>Mae “%1” wedi’i mewnforio eisoes (set ddata %2, ar %3). Ni fewnforiwyd dim: disodlwch y mewnforiad cynharach neu hepgorwch y ffeil hon.</translation>
    </message>
    <message>
        <source>“%1” covers data the project already holds from the same source. Nothing was imported: replace the earlier import(s) or skip this file, so nothing is counted twice.</source>
        <translation>Mae “%1” yn cwmpasu data sydd gan y prosiect eisoes o’r un ffynhonnell. Ni fewnforiwyd dim: disodlwch y mewnforiad neu’r mewnforiadau cynharach neu hepgorwch y ffeil hon, fel na chyfrifir dim ddwywaith.</translation>
    </message>
    <message>
        <source>Could not record what the import covers</source>
        <translation>Methu cofnodi cwmpas y mewnforiad</translation>
    </message>
    <message>
        <source>Could not record the personal-data decisions</source>
        <translation>Methu cofnodi’r penderfyniadau am ddata personol</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… a %Ln arall.</numerusform>
            <numerusform>… a %Ln arall.</numerusform>
            <numerusform>… a %Ln arall.</numerusform>
            <numerusform>… a %Ln arall.</numerusform>
            <numerusform>… a %Ln arall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %Ln of its %2 rows have problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</source>
        <translation>
            <numerusform>Ni fewnforiwyd “%1”: rhesi â phroblemau: %Ln o %2. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</numerusform>
            <numerusform>Ni fewnforiwyd “%1”: rhesi â phroblemau: %Ln o %2. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</numerusform>
            <numerusform>Ni fewnforiwyd “%1”: rhesi â phroblemau: %Ln o %2. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</numerusform>
            <numerusform>Ni fewnforiwyd “%1”: rhesi â phroblemau: %Ln o %2. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</numerusform>
            <numerusform>Ni fewnforiwyd “%1”: rhesi â phroblemau: %Ln o %2. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::ImportPreviewPage</name>
    <message>
        <source>%1 — %2; text encoding: %3. The first rows as they will be read:</source>
        <translation>%1 — %2; amgodiad y testun: %3. Y rhesi cyntaf fel y cânt eu darllen:</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>plain ASCII</source>
        <translation>ASCII plaen</translation>
    </message>
    <message>
        <source>Checking the whole file for personal data…</source>
        <translation>Wrthi’n gwirio’r ffeil gyfan am ddata personol…</translation>
    </message>
    <message>
        <source>This file holds personal identifiers and comes from a %1 source: it will be refused.</source>
        <translation>Mae’r ffeil hon yn cynnwys dynodwyr personol ac yn dod o ffynhonnell o’r math hwn: %1. Caiff ei gwrthod.</translation>
    </message>
    <message>
        <source>Columns that may hold personal data: %1. You will decide on each before anything is imported.</source>
        <translation>Colofnau a allai gynnwys data personol: %1. Byddwch yn penderfynu ar bob un cyn i ddim gael ei fewnforio.</translation>
    </message>
    <message>
        <source>Format and first rows</source>
        <translation>Fformat a’r rhesi cyntaf</translation>
    </message>
    <message>
        <source>Check that the columns are read as you expect.</source>
        <translation>Gwiriwch fod y colofnau’n cael eu darllen fel y disgwyliwch.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Ff&amp;ormat:</translation>
    </message>
    <message numerus="yes">
        <source>Personal data check: nothing found in %Ln row(s).</source>
        <translation>
            <numerusform>Gwirio am ddata personol: ni chafwyd dim (rhesi: %Ln).</numerusform>
            <numerusform>Gwirio am ddata personol: ni chafwyd dim (rhesi: %Ln).</numerusform>
            <numerusform>Gwirio am ddata personol: ni chafwyd dim (rhesi: %Ln).</numerusform>
            <numerusform>Gwirio am ddata personol: ni chafwyd dim (rhesi: %Ln).</numerusform>
            <numerusform>Gwirio am ddata personol: ni chafwyd dim (rhesi: %Ln).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::ImportRunPage</name>
    <message>
        <source>“%1” was skipped: the project already holds its data.</source>
        <translation>Hepgorwyd “%1”: mae ei ddata gan y prosiect eisoes.</translation>
    </message>
    <message>
        <source>“%1” was imported as dataset %2.</source>
        <translation>Mewnforiwyd “%1” fel set ddata %2.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rhesi a ddarllenwyd: %1</translation>
    </message>
    <message>
        <source>Rows stored: %1</source>
        <translation>Rhesi a storiwyd: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Rhesi a wrthodwyd: %1</translation>
    </message>
    <message>
        <source>Dataset %1 was replaced.</source>
        <translation>Disodlwyd set ddata %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Importing in one transaction: Cancel stops it and leaves the project exactly as it was.</source>
        <translation>Mewnforio mewn un trafodyn: mae Diddymu yn ei atal ac yn gadael y prosiect yn union fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>sna::ImportValidationPage</name>
    <message>
        <source>Checking every row as it will be imported (nothing is stored yet)…</source>
        <translation>Wrthi’n gwirio pob rhes fel y caiff ei mewnforio (ni storiwyd dim eto)…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no period (reference data)</source>
        <translation>dim cyfnod (data cyfeirio)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Fformat: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rhesi a ddarllenwyd: %1</translation>
    </message>
    <message>
        <source>Rows that will be stored: %1</source>
        <translation>Rhesi a gaiff eu storio: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Rhesi a wrthodwyd: %1</translation>
    </message>
    <message>
        <source>Period covered: %1</source>
        <translation>Cyfnod dan sylw: %1</translation>
    </message>
    <message>
        <source>Dataset %1, “%2”: the same file, imported %3.</source>
        <translation>Set ddata %1, “%2”: yr un ffeil, a fewnforiwyd %3.</translation>
    </message>
    <message>
        <source>Dataset %1, “%2”: the same source for %3.</source>
        <translation>Set ddata %1, “%2”: yr un ffynhonnell ar gyfer %3.</translation>
    </message>
    <message>
        <source>the same coverage</source>
        <translation>yr un cwmpas</translation>
    </message>
    <message>
        <source>Check and record</source>
        <translation>Gwirio a chofnodi</translation>
    </message>
    <message>
        <source>The whole file checked as it will be imported; nothing is stored until you press Import.</source>
        <translation>Y ffeil gyfan wedi’i gwirio fel y caiff ei mewnforio; ni chaiff dim ei storio nes i chi bwyso Mewnforio.</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rhesi â phroblemau</translation>
    </message>
    <message>
        <source>Do not import the file: correct it first</source>
        <translation>Peidio â mewnforio’r ffeil: ei chywiro’n gyntaf</translation>
    </message>
    <message>
        <source>Store the good rows and keep a report of the rejected ones</source>
        <translation>Storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd</translation>
    </message>
    <message>
        <source>Data the project already holds</source>
        <translation>Data sydd gan y prosiect eisoes</translation>
    </message>
    <message>
        <source>Replace the earlier import(s) with this file</source>
        <translation>Disodli’r mewnforiad neu’r mewnforiadau cynharach â’r ffeil hon</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Hepgor y ffeil hon</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Tarddiad</translation>
    </message>
    <message>
        <source>Sharing &amp;basis:</source>
        <translation>&amp;Sail rhannu:</translation>
    </message>
    <message>
        <source>e.g. PCSC Act 2022 s.16, or a data sharing agreement reference</source>
        <translation>e.e. PCSC Act 2022 s.16, neu gyfeirnod cytundeb rhannu data</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Dyddiad &amp;derbyn:</translation>
    </message>
    <message>
        <source>&amp;ISTV level:</source>
        <translation>Lefel &amp;ISTV:</translation>
    </message>
    <message>
        <source>Not applicable (open data)</source>
        <translation>Amherthnasol (data agored)</translation>
    </message>
    <message>
        <source>1 — to inform the needs assessment</source>
        <translation>1 — i lywio’r asesiad o anghenion</translation>
    </message>
    <message>
        <source>2 — hotspot locations</source>
        <translation>2 — lleoliadau mannau problemus</translation>
    </message>
    <message>
        <source>3 — individuals at risk</source>
        <translation>3 — unigolion sydd mewn perygl</translation>
    </message>
</context>
<context>
    <name>sna::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
</context>
<context>
    <name>sna::IssuesPanel</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Clirio</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Materion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <comment>issues panel</comment>
        <translation>
            <numerusform>Negeseuon: %Ln</numerusform>
            <numerusform>Negeseuon: %Ln</numerusform>
            <numerusform>Negeseuon: %Ln</numerusform>
            <numerusform>Negeseuon: %Ln</numerusform>
            <numerusform>Negeseuon: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::LocalCategoryDelegate</name>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>Not serious violence</source>
        <translation>Nid trais difrifol</translation>
    </message>
</context>
<context>
    <name>sna::LookupImporter</name>
    <message>
        <source>ONS geography lookup</source>
        <translation>tabl chwilio daearyddiaeth ONS</translation>
    </message>
    <message>
        <source>two area code columns such as LSOA11CD and LAD19CD</source>
        <translation>dwy golofn cod ardal fel LSOA11CD a LAD19CD</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not an ONS %1 code</source>
        <translation>nid yw’n god %1 ONS</translation>
    </message>
    <message>
        <source>the row has no area code</source>
        <translation>nid oes cod ardal yn y rhes</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
</context>
<context>
    <name>sna::MainWindow</name>
    <message>
        <source>Open the demo project</source>
        <translation>Agor y prosiect enghreifftiol</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Agor prosiect</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>About SNA Studio</source>
        <translation>Ynghylch SNA Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SNA Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Strategic needs assessments and serious violence strategies for partnerships in England and Wales, in English and Welsh.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SNA Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Asesiadau o anghenion strategol a strategaethau trais difrifol ar gyfer partneriaethau yng Nghymru a Lloegr, yn Gymraeg ac yn Saesneg.&lt;/p&gt;&lt;p&gt;Mae eich data’n aros ar y cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Prosiect &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Agor Prosiect…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor Prosiect Dia&amp;weddar</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Agor y Prosiect &amp;Enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Ca&amp;u’r Prosiect</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Mewnforio Data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Gosod&amp;iadau</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Iaith y Rhyngwyneb</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About SNA Studio</source>
        <translation>&amp;Ynghylch SNA Studio</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partneriaeth</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Materion</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 rows read, %3 stored, %4 rejected.</source>
        <translation>Mewnforiwyd “%1”: rhesi a ddarllenwyd: %2; a storiwyd: %3; a wrthodwyd: %4.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Methodd y cadw awtomatig: %1</translation>
    </message>
    <message>
        <source>This project was upgraded to the current file format. A copy of the original is at %1.</source>
        <translation>Diweddarwyd y prosiect hwn i fformat presennol y ffeil. Mae copi o’r gwreiddiol yn %1.</translation>
    </message>
    <message>
        <source>%1[*] — SNA Studio</source>
        <translation>%1[*] — SNA Studio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Cadwyd pob newid</translation>
    </message>
    <message>
        <source>SNA Studio</source>
        <translation>SNA Studio</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi’i gadw.</translation>
    </message>
    <message>
        <source>SNA Studio projects (*.sna);;All files (*)</source>
        <translation>Prosiectau SNA Studio (*.sna);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Prosiect newydd</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Does dim prosiect ar agor.</translation>
    </message>
    <message>
        <source>Exported “%1” (%2 pages).</source>
        <translation>Allforiwyd “%1” (tudalennau: %2).</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>Nid oedd modd cadw eich newidiadau diweddaraf: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <source>Export &amp;Translation Pack…</source>
        <translation>Allforio &amp;Pecyn Cyfieithu…</translation>
    </message>
    <message>
        <source>Import Translation Pac&amp;k…</source>
        <translation>Mewnforio Pecyn Cyfiei&amp;thu…</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Canfod yn y Ddogfen…</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>&amp;Publication Pack…</source>
        <translation>Pecyn C&amp;yhoeddi…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Publication pack saved in “%1”.</source>
        <translation>Cadwyd y pecyn cyhoeddi yn “%1”.</translation>
    </message>
    <message>
        <source>Publication pack</source>
        <translation>Pecyn cyhoeddi</translation>
    </message>
    <message>
        <source>The publication pack is in “%1”. Send the strategy by %2: the checklist in the folder gives the addresses.</source>
        <translation>Mae’r pecyn cyhoeddi yn “%1”. Anfonwch y strategaeth erbyn %2: mae’r rhestr wirio yn y ffolder yn rhoi’r cyfeiriadau.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Agor y Ffolder</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partneriaeth</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Materion</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Geirfa</translation>
    </message>
    <message>
        <source>%1 (review copy)[*] — SNA Studio</source>
        <translation>%1 (copi adolygu)[*] — SNA Studio</translation>
    </message>
    <message>
        <source>Data gaps</source>
        <translation>Bylchau yn y data</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Dadansoddi</translation>
    </message>
    <message>
        <source>&amp;Disclosure Control…</source>
        <translation>Rheoli &amp;Datgelu…</translation>
    </message>
</context>
<context>
    <name>sna::MappedImporter</name>
    <message>
        <source>partner data through the mapping “%1”</source>
        <translation>data partner drwy’r mapio “%1”</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not a date (such as 31/03/2024 or 2024-03-31)</source>
        <translation>nid yw’n ddyddiad (fel 31/03/2024 neu 2024-03-31)</translation>
    </message>
    <message>
        <source>not a date in the form %1</source>
        <translation>nid yw’n ddyddiad ar y ffurf %1</translation>
    </message>
    <message>
        <source>not a period (such as 2024-01, Jan 2024, 2024 Q1 or 2023/24)</source>
        <translation>nid yw’n gyfnod (fel 2024-01, Ion 2024, 2024 Q1 neu 2023/24)</translation>
    </message>
    <message>
        <source>not an ONS %1 code</source>
        <translation>nid yw’n god %1 ONS</translation>
    </message>
    <message>
        <source>unknown area code: not in the ONS lookups this project holds (import a newer lookup if the code is new)</source>
        <translation>cod ardal anhysbys: nid yw yn nhablau chwilio ONS y prosiect hwn (mewnforiwch dabl chwilio mwy diweddar os yw’r cod yn newydd)</translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation>mae’r categori yn wag</translation>
    </message>
    <message>
        <source>the count is empty</source>
        <translation>mae’r nifer yn wag</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>nid yw’n rhif cyfan</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>nifer negyddol</translation>
    </message>
    <message>
        <source>not an age in years (0 to 120)</source>
        <translation>nid yw’n oedran mewn blynyddoedd (0 i 120)</translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation>nid yw’n ie nac yn na</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Categories not yet mapped to the local definition of serious violence: %1.</source>
        <translation>Categorïau nad ydynt wedi’u mapio eto i’r diffiniad lleol o drais difrifol: %1.</translation>
    </message>
    <message>
        <source>not a time of day (such as 23:15)</source>
        <translation>nid yw’n amser o’r dydd (megis 23:15)</translation>
    </message>
</context>
<context>
    <name>sna::MappingStore</name>
    <message>
        <source>Could not read the saved mappings</source>
        <translation>Methu darllen y mapiau a gadwyd</translation>
    </message>
    <message>
        <source>Could not save the mapping</source>
        <translation>Methu cadw’r mapio</translation>
    </message>
    <message>
        <source>The mapping counts “%1” as “%2”, which is not a category of the local definition of serious violence. Use one of: %3 — or "" for “not serious violence”.</source>
        <translation>Mae’r mapio’n cyfrif “%1” fel “%2”, nad yw’n gategori yn y diffiniad lleol o drais difrifol. Defnyddiwch un o’r rhain: %3 — neu "" ar gyfer “nid trais difrifol”.</translation>
    </message>
</context>
<context>
    <name>sna::MappingTableModel</name>
    <message>
        <source>LSOA</source>
        <translation>ACEHI</translation>
    </message>
    <message>
        <source>MSOA</source>
        <translation>ACEHG</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Community Safety Partnership</source>
        <translation>Partneriaeth Diogelwch Cymunedol</translation>
    </message>
    <message>
        <source>Police force area</source>
        <translation>Ardal heddlu</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>awtomatig</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colofn yn y ffeil</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Gwerth cyntaf</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Mewnforir fel</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Daearyddiaeth</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Fformat dyddiad</translation>
    </message>
</context>
<context>
    <name>sna::MappingTargetDelegate</name>
    <message>
        <source>Not serious violence</source>
        <translation>Nid trais difrifol</translation>
    </message>
</context>
<context>
    <name>sna::MilestoneTableModel</name>
    <message>
        <source>At least once a year after publication (guidance para 153)</source>
        <translation>O leiaf unwaith y flwyddyn ar ôl cyhoeddi (canllawiau, paragraff 153)</translation>
    </message>
    <message>
        <source>Within 7 days of publication (guidance para 162)</source>
        <translation>Cyn pen saith diwrnod ar ôl cyhoeddi (canllawiau, paragraff 162)</translation>
    </message>
    <message>
        <source>Overdue (days: %1)</source>
        <translation>Yn hwyr (dyddiau: %1)</translation>
    </message>
    <message>
        <source>%1 (days left: %2)</source>
        <translation>%1 (dyddiau ar ôl: %2)</translation>
    </message>
    <message>
        <source>Set the date of “%1”</source>
        <translation>Gosod dyddiad “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcio “%1” yn gyflawn</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Dyddiad arfaethedig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Wedi’i wneud ar</translation>
    </message>
    <message>
        <source>Deadline under the Duty</source>
        <translation>Dyddiad cau o dan y Ddyletswydd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
</context>
<context>
    <name>sna::NewProjectDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not in the 2019 ONS lookup; check the code.</source>
        <translation>%1: nid yw yn nhabl chwilio ONS 2019; gwiriwch y cod.</translation>
    </message>
    <message>
        <source>Enter the ONS code of each local authority area the partnership covers.</source>
        <translation>Rhowch god ONS pob ardal awdurdod lleol y mae’r bartneriaeth yn ei chwmpasu.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>Mae “%1” yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>New project file</source>
        <translation>Ffeil prosiect newydd</translation>
    </message>
    <message>
        <source>SNA Studio projects (*.sna)</source>
        <translation>Prosiectau SNA Studio (*.sna)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Prosiect newydd</translation>
    </message>
    <message>
        <source>Partnership &amp;name:</source>
        <translation>&amp;Enw’r bartneriaeth:</translation>
    </message>
    <message>
        <source>&amp;Areas (ONS codes):</source>
        <translation>&amp;Ardaloedd (codau ONS):</translation>
    </message>
    <message>
        <source>Project &amp;file:</source>
        <translation>&amp;Ffeil y prosiect:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
</context>
<context>
    <name>sna::OdtExporter</name>
    <message>
        <source>The OpenDocument file could not be written. Nothing was written.</source>
        <translation>Methu ysgrifennu’r ffeil OpenDocument. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::PartnershipProfile</name>
    <message>
        <source>“%1” is not an ONS area code (expected a letter and eight digits, such as E06000016 or W06000008).</source>
        <translation>Nid yw “%1” yn god ardal ONS (disgwylir llythyren ac wyth digid, fel E06000016 neu W06000008).</translation>
    </message>
    <message>
        <source>“%1” is an ONS code, but not of a local government area. Use a local authority code: E06, E07, E08, E09 or E10 in England, W06 in Wales.</source>
        <translation>Mae “%1” yn god ONS, ond nid cod ardal llywodraeth leol. Defnyddiwch god awdurdod lleol: E06, E07, E08, E09 neu E10 yn Lloegr, W06 yng Nghymru.</translation>
    </message>
    <message>
        <source>The partnership needs a name.</source>
        <translation>Mae angen enw ar y bartneriaeth.</translation>
    </message>
    <message>
        <source>The partnership must cover at least one local government area.</source>
        <translation>Rhaid i’r bartneriaeth gwmpasu o leiaf un ardal llywodraeth leol.</translation>
    </message>
    <message>
        <source>The area %1 is listed twice.</source>
        <translation>Mae’r ardal %1 wedi’i rhestru ddwywaith.</translation>
    </message>
    <message>
        <source>Every authority or partner needs a name.</source>
        <translation>Mae angen enw ar bob awdurdod neu bartner.</translation>
    </message>
    <message>
        <source>The authority “%1” is listed twice.</source>
        <translation>Mae’r awdurdod “%1” wedi’i restru ddwywaith.</translation>
    </message>
    <message>
        <source>“%1” cannot have been consulted on %2, which is in the future.</source>
        <translation>Ni all yr ymgynghori â “%1” fod wedi digwydd ar %2, sydd yn y dyfodol.</translation>
    </message>
    <message>
        <source>Every governance body needs a name.</source>
        <translation>Mae angen enw ar bob corff llywodraethu.</translation>
    </message>
    <message>
        <source>A milestone cannot be done on %1, which is in the future.</source>
        <translation>Ni all carreg filltir fod wedi’i chyflawni ar %1, sydd yn y dyfodol.</translation>
    </message>
</context>
<context>
    <name>sna::PdfExportController</name>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Cadwyd: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
</context>
<context>
    <name>sna::PdfExporter</name>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>Methu ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Methu cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF. Nothing was written.</source>
        <translation>Methu dechrau ysgrifennu’r PDF. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not write page %1 of the PDF. Nothing was written.</source>
        <translation>Methu ysgrifennu tudalen %1 o’r PDF. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF. Nothing was written.</source>
        <translation>Methu gorffen ysgrifennu’r PDF. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::PdfFinisher</name>
    <message>
        <source>The PDF could not be finished: its structure was not as expected. Nothing was written.</source>
        <translation>Methu cwblhau’r PDF: nid oedd ei strwythur fel y disgwyl. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::PdfViewer</name>
    <message>
        <source>“%1” could not be read as a PDF.</source>
        <translation>Methu darllen “%1” fel PDF.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>Found on page %1</source>
        <translation>Daethpwyd o hyd iddo ar dudalen %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Heb ddod o hyd iddo</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Y dudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Y dudalen nesaf</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Tudalen:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Chwyddo:</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Chwilio’r ddogfen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Find the previous occurrence</source>
        <translation>Dod o hyd i’r enghraifft flaenorol</translation>
    </message>
    <message>
        <source>Find the next occurrence</source>
        <translation>Dod o hyd i’r enghraifft nesaf</translation>
    </message>
</context>
<context>
    <name>sna::PersonalDataGuard</name>
    <message>
        <source>“%1” was refused: it comes from a %2 source, which may share only anonymous data (Serious Violence Duty guidance, paragraphs 178–179), and it holds personal identifiers in the columns %3. Nothing was imported. Ask the partner for an anonymised, aggregated extract and delete this file securely.</source>
        <translation>Gwrthodwyd “%1”: daw o ffynhonnell o’r math hwn: %2, na all rannu dim ond data dienw (canllawiau’r Ddyletswydd Trais Difrifol, paragraffau 178–179), ac mae’n cynnwys dynodwyr personol yn y colofnau %3. Ni fewnforiwyd dim. Gofynnwch i’r partner am echdyniad dienw, cyfanredol a dilëwch y ffeil hon yn ddiogel.</translation>
    </message>
    <message>
        <source>“%1” was not imported: the columns %2 may hold personal data. Drop each of them, or confirm that it may be kept (in sna: --drop-column NAME or --confirm-column NAME).</source>
        <translation>Ni fewnforiwyd “%1”: gallai’r colofnau %2 gynnwys data personol. Hepgorwch bob un ohonynt, neu cadarnhewch y gellir ei chadw (yn sna: --drop-column ENW neu --confirm-column ENW).</translation>
    </message>
</context>
<context>
    <name>sna::PersonalDataKinds</name>
    <message>
        <source>person’s name</source>
        <translation>enw person</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <source>full postcode</source>
        <translation>cod post llawn</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>rhif ffôn</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>cyfeiriad stryd</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>testun rhydd</translation>
    </message>
</context>
<context>
    <name>sna::PoliceOutcomesImporter</name>
    <message>
        <source>data.police.uk outcomes</source>
        <translation>canlyniadau data.police.uk</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>an outcome needs the Crime ID of its crime</source>
        <translation>mae angen Crime ID ei drosedd ar ganlyniad</translation>
    </message>
    <message>
        <source>not a month in the form YYYY-MM</source>
        <translation>nid yw’n fis ar y ffurf YYYY-MM (er enghraifft 2024-01)</translation>
    </message>
    <message>
        <source>the outcome type is empty</source>
        <translation>mae’r math o ganlyniad yn wag</translation>
    </message>
    <message>
        <source>not an LSOA code (E01 or W01 followed by six digits)</source>
        <translation>nid yw’n god AGEHI/LSOA (E01 neu W01 ac yna chwe digid)</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>nid yw’n hydred</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>nid yw’n lledred</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import's dictionaries</source>
        <translation>Methu storio geiriaduron y mewnforiad</translation>
    </message>
    <message>
        <source>Could not match outcomes to crimes</source>
        <translation>Methu paru canlyniadau â throseddau</translation>
    </message>
    <message>
        <source>Outcomes matched to crimes in the project: %1 of %2.</source>
        <translation>Canlyniadau a barwyd â throseddau yn y prosiect: %1 allan o %2.</translation>
    </message>
</context>
<context>
    <name>sna::PoliceStreetImporter</name>
    <message>
        <source>data.police.uk street-level crime</source>
        <translation>troseddau ar lefel stryd data.police.uk</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not a month in the form YYYY-MM</source>
        <translation>nid yw’n fis ar y ffurf YYYY-MM (er enghraifft 2024-01)</translation>
    </message>
    <message>
        <source>the crime type is empty</source>
        <translation>mae’r math o drosedd yn wag</translation>
    </message>
    <message>
        <source>not an LSOA code (E01 or W01 followed by six digits)</source>
        <translation>nid yw’n god AGEHI/LSOA (E01 neu W01 ac yna chwe digid)</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>nid yw’n hydred</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>nid yw’n lledred</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import's dictionaries</source>
        <translation>Methu storio geiriaduron y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import's totals</source>
        <translation>Methu storio cyfansymiau’r mewnforiad</translation>
    </message>
</context>
<context>
    <name>sna::PopulationImporter</name>
    <message>
        <source>ONS population estimates</source>
        <translation>amcangyfrifon poblogaeth ONS</translation>
    </message>
    <message>
        <source>an area code column</source>
        <translation>colofn cod ardal</translation>
    </message>
    <message>
        <source>age columns (F0 … M90)</source>
        <translation>colofnau oedran (F0 … M90)</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>not an ONS area code (such as E01025631 or W06000008)</source>
        <translation>nid yw’n god ardal ONS (fel E01025631 neu W06000008)</translation>
    </message>
    <message>
        <source>not an area of the kind the column names (%1)</source>
        <translation>nid yw’n ardal o’r math y mae’r golofn yn ei enwi (%1)</translation>
    </message>
    <message>
        <source>not a year</source>
        <translation>nid yw’n flwyddyn</translation>
    </message>
    <message>
        <source>a negative population</source>
        <translation>poblogaeth negyddol</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nid yw’n rhif</translation>
    </message>
    <message>
        <source>not a sex (F, M or persons)</source>
        <translation>nid yw’n rhyw (F, M neu bersonau)</translation>
    </message>
    <message>
        <source>not an age or age band (such as 7, 0-4 or 90+)</source>
        <translation>nid yw’n oedran nac yn fand oedran (fel 7, 0-4 neu 90+)</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>The population's year is not in the file or its name; it was recorded as unknown.</source>
        <translation>Nid yw blwyddyn y boblogaeth yn y ffeil nac yn ei henw; fe’i cofnodwyd yn anhysbys.</translation>
    </message>
</context>
<context>
    <name>sna::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dogfen:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>Strategic needs assessment: public summary</source>
        <translation>Asesiad o anghenion strategol: crynodeb cyhoeddus</translation>
    </message>
    <message>
        <source>Strategic needs assessment: full version (restricted)</source>
        <translation>Asesiad o anghenion strategol: fersiwn lawn (cyfyngedig)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Fersiwn:</translation>
    </message>
    <message>
        <source>Welsh and English, Welsh first</source>
        <translation>Cymraeg a Saesneg, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>Welsh and English in columns</source>
        <translation>Cymraeg a Saesneg mewn colofnau</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>sna::PriorityListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>sna::ProfilePanel</name>
    <message>
        <source>Edit partnership profile</source>
        <translation>Golygu proffil y bartneriaeth</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — Wales</source>
        <translation> — Cymru</translation>
    </message>
    <message>
        <source>Partnership &amp;name:</source>
        <translation>&amp;Enw’r bartneriaeth:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Cydgysylltydd:</translation>
    </message>
    <message>
        <source>&amp;Areas covered:</source>
        <translation>&amp;Ardaloedd dan sylw:</translation>
    </message>
    <message>
        <source>This partnership covers an area in Wales: the strategy must be published in Welsh and English.</source>
        <translation>Mae’r bartneriaeth hon yn cwmpasu ardal yng Nghymru: rhaid cyhoeddi’r strategaeth yn Gymraeg ac yn Saesneg.</translation>
    </message>
    <message>
        <source>Authorities and &amp;partners:</source>
        <translation>Awdurdodau a &amp;phartneriaid:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add authority</source>
        <translation>Ychwanegu awdurdod</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove authority</source>
        <translation>Tynnu awdurdod</translation>
    </message>
    <message>
        <source>&amp;Governance bodies:</source>
        <translation>Cyrff &amp;llywodraethu:</translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation>Ychwanegu corff llywodraethu</translation>
    </message>
    <message>
        <source>Remove governance body</source>
        <translation>Tynnu corff llywodraethu</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <translation>Ardaloedd a gwmpesir</translation>
    </message>
    <message>
        <source>Authorities and partners</source>
        <translation>Awdurdodau a phartneriaid</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Cyrff llywodraethu</translation>
    </message>
</context>
<context>
    <name>sna::ProfileStore</name>
    <message>
        <source>Could not read the partnership profile</source>
        <translation>Methu darllen proffil y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership's areas</source>
        <translation>Methu darllen ardaloedd y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership's authorities</source>
        <translation>Methu darllen awdurdodau’r bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership profile</source>
        <translation>Methu cadw proffil y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership's areas</source>
        <translation>Methu cadw ardaloedd y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership's authorities</source>
        <translation>Methu cadw awdurdodau’r bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership's governance bodies</source>
        <translation>Methu darllen cyrff llywodraethu’r bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership's milestones</source>
        <translation>Methu darllen cerrig milltir y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership's governance bodies</source>
        <translation>Methu cadw cyrff llywodraethu’r bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership's milestones</source>
        <translation>Methu cadw cerrig milltir y bartneriaeth</translation>
    </message>
</context>
<context>
    <name>sna::Project</name>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation>%1 yn “%2”: %3</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Methu agor “%1”: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database handle.</source>
        <translation>Ni roddodd gyrrwr SQLite fynediad at ddolen y gronfa ddata.</translation>
    </message>
    <message>
        <source>The project file “%1” does not exist.</source>
        <translation>Nid yw ffeil y prosiect “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>Nid ffeil yw “%1”.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Methu darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an SNA Studio project.</source>
        <translation>Mae “%1” yn wag: nid yw’n brosiect SNA Studio.</translation>
    </message>
    <message>
        <source>“%1” is not an SNA Studio project (it is not a SQLite database).</source>
        <translation>Nid yw “%1” yn brosiect SNA Studio (nid yw’n gronfa ddata SQLite).</translation>
    </message>
    <message>
        <source>The project file “%1” is damaged and cannot be read (%2). It has not been changed.</source>
        <translation>Mae ffeil y prosiect “%1” wedi’i difrodi ac ni ellir ei darllen (%2). Nid yw wedi’i newid.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database but not an SNA Studio project. It has not been changed.</source>
        <translation>Mae “%1” yn gronfa ddata SQLite ond nid yn brosiect SNA Studio. Nid yw wedi’i newid.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of SNA Studio (project format %2; this version reads formats up to %3). Please update SNA Studio to open it. The file has not been changed.</source>
        <translation>Cadwyd “%1” gan fersiwn mwy newydd o SNA Studio (fformat prosiect %2; mae’r fersiwn hon yn darllen fformatau hyd at %3). Diweddarwch SNA Studio i’w agor. Nid yw’r ffeil wedi’i newid.</translation>
    </message>
    <message>
        <source>The project file “%1” is damaged: it has no format version. It has not been changed.</source>
        <translation>Mae ffeil y prosiect “%1” wedi’i difrodi: nid oes ganddi fersiwn fformat. Nid yw wedi’i newid.</translation>
    </message>
    <message>
        <source>The project file “%1” is damaged (SQLite reports: %2). It has not been changed; restore it from a backup.</source>
        <translation>Mae ffeil y prosiect “%1” wedi’i difrodi (mae SQLite yn adrodd: %2). Nid yw wedi’i newid; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation>Methu gwneud copi wrth gefn o “%1” cyn ei diweddaru: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>Mae “%1” yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Nid yw’r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>Could not create “%1”: the file could not be moved into place.</source>
        <translation>Methu creu “%1”: nid oedd modd symud y ffeil i’w lle.</translation>
    </message>
    <message>
        <source>Could not start a change</source>
        <translation>Methu dechrau newid</translation>
    </message>
</context>
<context>
    <name>sna::ProjectSchema</name>
    <message>
        <source>Database error: %1</source>
        <translation>Gwall cronfa ddata: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the project file to format %1: %2</source>
        <translation>Methu diweddaru ffeil y prosiect i fformat %1: %2</translation>
    </message>
</context>
<context>
    <name>sna::ProjectSession</name>
    <message>
        <source>The glossary term “%1” is listed twice.</source>
        <translation>Mae’r term “%1” wedi’i restru ddwywaith yn yr eirfa.</translation>
    </message>
    <message>
        <source>Confirm translation of “%1”</source>
        <translation>Cadarnhau cyfieithiad “%1”</translation>
    </message>
</context>
<context>
    <name>sna::PublicationExporter</name>
    <message>
        <source>The layout “%1” puts both languages in one file: choose both languages for it.</source>
        <translation>Mae’r cynllun “%1” yn rhoi’r ddwy iaith mewn un ffeil: dewiswch y ddwy iaith ar ei gyfer.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>Methu ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Methu cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::PublicationPack</name>
    <message>
        <source>“%1” already exists and is not an empty folder: choose a new or empty folder for the publication pack. Nothing was written.</source>
        <translation>Mae “%1” yn bodoli eisoes ac nid yw’n ffolder wag: dewiswch ffolder newydd neu wag ar gyfer y pecyn cyhoeddi. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Nothing was written.</source>
        <translation>Nid yw’r ffolder “%1” yn bodoli. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Cannot write in “%1”: %2. Nothing was written.</source>
        <translation>Methu ysgrifennu yn “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Methu cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not replace the empty folder “%1”. Nothing was written.</source>
        <translation>Methu disodli’r ffolder wag “%1”. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not create “%1”. Nothing was written.</source>
        <translation>Methu creu “%1”. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::PublicationPackDialog</name>
    <message>
        <source>Send the strategy by %1 to the Home Office: %2</source>
        <translation>Anfonwch y strategaeth erbyn %1 i’r Swyddfa Gartref: %2</translation>
    </message>
    <message>
        <source>and to the Welsh Ministers: %1</source>
        <translation>ac at Weinidogion Cymru: %1</translation>
    </message>
    <message>
        <source>Publication pack</source>
        <translation>Pecyn cyhoeddi</translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation>&amp;Ffolder newydd:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>&amp;Publication date:</source>
        <translation>Dyddiad &amp;cyhoeddi:</translation>
    </message>
    <message>
        <source>&amp;Welsh and English:</source>
        <translation>&amp;Cymraeg a Saesneg:</translation>
    </message>
    <message>
        <source>Two matching documents</source>
        <translation>Dwy ddogfen sy’n cyfateb</translation>
    </message>
    <message>
        <source>One document, Welsh first</source>
        <translation>Un ddogfen, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>The folder will hold the strategy as PDF in Welsh and English, the accessible web version, the public summary of the needs assessment and a checklist for publishing and sending the strategy.</source>
        <translation>Bydd y ffolder yn cynnwys y strategaeth fel PDF yn Gymraeg ac yn Saesneg, y fersiwn we hygyrch, crynodeb cyhoeddus yr asesiad o anghenion a rhestr wirio ar gyfer cyhoeddi ac anfon y strategaeth.</translation>
    </message>
    <message>
        <source>The folder will hold the strategy as PDF, the accessible web version, the public summary of the needs assessment and a checklist for publishing and sending the strategy.</source>
        <translation>Bydd y ffolder yn cynnwys y strategaeth fel PDF, y fersiwn we hygyrch, crynodeb cyhoeddus yr asesiad o anghenion a rhestr wirio ar gyfer cyhoeddi ac anfon y strategaeth.</translation>
    </message>
</context>
<context>
    <name>sna::RecordStream</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Nid yw’r ffeil “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>Nid ffeil yw “%1”.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Methu darllen “%1”: %2</translation>
    </message>
    <message>
        <source>This build of SNA Studio cannot decode Windows-1252 text; save “%1” as UTF-8 and import it again.</source>
        <translation>Ni all y fersiwn hon o SNA Studio ddatgodio testun Windows-1252; cadwch “%1” fel UTF-8 a’i mewnforio eto.</translation>
    </message>
    <message>
        <source>“%1” could not be read as CSV: %2</source>
        <translation>Nid oedd modd darllen “%1” fel CSV: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Mae “%1” yn wag.</translation>
    </message>
</context>
<context>
    <name>sna::ReviewCommands</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos cymorth ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Document: strategy or sna.</source>
        <translation>Dogfen: strategy neu sna.</translation>
    </message>
    <message>
        <source>  snapshot     save a named version of a document
  versions     list a document's named versions
  diff         compare two versions section by section, in English and Welsh
  comments     import an annotated review PDF, list, merge, add, reply, resolve
  signoff      record a specified authority's sign-off of a version</source>
        <translation>  snapshot     cadw fersiwn a enwir o ddogfen
  versions     rhestru fersiynau a enwir dogfen
  diff         cymharu dwy fersiwn adran wrth adran, yn Saesneg ac yn Gymraeg
  comments     mewnforio PDF adolygu anodedig, rhestru, cyfuno, ychwanegu, ateb, datrys
  signoff      cofnodi cymeradwyaeth awdurdod penodedig o fersiwn</translation>
    </message>
    <message>
        <source>--doc must be strategy or sna, not “%1”.</source>
        <translation>Rhaid i --doc fod yn strategy neu sna, nid “%1”.</translation>
    </message>
    <message>
        <source>Usage: sna snapshot FILE.sna --doc strategy|sna --name NAME [--by PERSON]
Saves the document as it is now as a named version (for example “Draft 1 for CSP review”). Names are unique per document.</source>
        <translation>Defnydd: sna snapshot FILE.sna --doc strategy|sna --name NAME [--by PERSON]
Yn cadw’r ddogfen fel y mae nawr fel fersiwn a enwir (er enghraifft “Drafft 1 i’w adolygu gan y CSP”). Mae enwau’n unigryw i bob dogfen.</translation>
    </message>
    <message>
        <source>Usage: sna versions FILE.sna [--doc strategy|sna] [--json]
Lists the named versions of a document, oldest first: name, date and who saved it.</source>
        <translation>Defnydd: sna versions FILE.sna [--doc strategy|sna] [--json]
Yn rhestru fersiynau a enwir dogfen, yr hynaf yn gyntaf: enw, dyddiad a phwy a’i cadwodd.</translation>
    </message>
    <message>
        <source>Usage: sna diff FILE.sna [--doc strategy|sna] --from NAME [--to NAME] [--lang en|cy] [--json]
Compares two versions section by section, in English and in Welsh; without --to, the version is compared with the document as it is now. Deleted words are shown as [-…-] and inserted words as {+…+}.</source>
        <translation>Defnydd: sna diff FILE.sna [--doc strategy|sna] --from NAME [--to NAME] [--lang en|cy] [--json]
Yn cymharu dwy fersiwn adran wrth adran, yn Saesneg ac yn Gymraeg; heb --to, cymherir y fersiwn â’r ddogfen fel y mae nawr. Dangosir geiriau a ddilëwyd fel [-…-] a geiriau a fewnosodwyd fel {+…+}.</translation>
    </message>
    <message>
        <source>Usage: sna comments import FILE.sna ANNOTATED.pdf
       sna comments list FILE.sna [--json] [--open]
       sna comments merge FILE.sna REVIEWER.sna
       sna comments add FILE.sna [--doc DOC] --section ID --text TEXT --author NAME [--authority NAME] [--quote TEXT] [--lang en|cy]
       sna comments reply FILE.sna --id N --text TEXT --author NAME [--authority NAME]
       sna comments resolve FILE.sna --id N [--by NAME] [--reopen]
       sna comments place FILE.sna --id N [--doc DOC] --section ID
import reads the annotations of a review copy (sticky notes, highlights, underlines, strike-outs) made in any PDF reader and turns each into a comment on the section it sits in; it prints how many were placed and lists those it could not place, which are kept for placing by hand. merge brings back the comments made in a reviewer's file.</source>
        <translation>Defnydd: sna comments import FILE.sna ANNOTATED.pdf
       sna comments list FILE.sna [--json] [--open]
       sna comments merge FILE.sna REVIEWER.sna
       sna comments add FILE.sna [--doc DOC] --section ID --text TEXT --author NAME [--authority NAME] [--quote TEXT] [--lang en|cy]
       sna comments reply FILE.sna --id N --text TEXT --author NAME [--authority NAME]
       sna comments resolve FILE.sna --id N [--by NAME] [--reopen]
       sna comments place FILE.sna --id N [--doc DOC] --section ID
Mae import yn darllen anodiadau copi adolygu (nodiadau gludiog, amlygiadau, tanlinellu, llinellau drwodd) a wnaed mewn unrhyw ddarllenydd PDF ac yn troi pob un yn sylw ar yr adran y mae ynddi; mae’n argraffu faint a osodwyd ac yn rhestru’r rhai na ellid eu gosod, a gedwir i’w gosod â llaw. Mae merge yn dod â’r sylwadau a wnaed yn ffeil adolygydd yn ôl.</translation>
    </message>
    <message>
        <source>Usage: sna signoff FILE.sna --authority NAME --version NAME --by PERSON
                   [--doc strategy|sna] [--date YYYY-MM-DD] [--conditions TEXT]
       sna signoff FILE.sna --list
Records that a specified authority approved a named version. The compliance checklist shows when every specified authority has signed off the latest version of the strategy.</source>
        <translation>Defnydd: sna signoff FILE.sna --authority NAME --version NAME --by PERSON
                   [--doc strategy|sna] [--date YYYY-MM-DD] [--conditions TEXT]
       sna signoff FILE.sna --list
Yn cofnodi bod awdurdod penodedig wedi cymeradwyo fersiwn a enwir. Mae’r rhestr wirio cydymffurfio yn dangos pryd mae pob awdurdod penodedig wedi cymeradwyo fersiwn ddiweddaraf y strategaeth.</translation>
    </message>
    <message>
        <source>Name of the version.</source>
        <translation>Enw’r fersiwn.</translation>
    </message>
    <message>
        <source>Who saves the version.</source>
        <translation>Pwy sy’n cadw’r fersiwn.</translation>
    </message>
    <message>
        <source>give one project file: sna snapshot FILE.sna --name NAME</source>
        <translation>rhowch un ffeil prosiect: sna snapshot FILE.sna --name NAME</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>Mae angen --name NAME.</translation>
    </message>
    <message>
        <source>Saved version “%1” of the %2.</source>
        <translation>Cadwyd fersiwn “%1” o’r %2.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <source>give one project file: sna versions FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna versions FILE.sna</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Fersiynau: %1</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>Y fersiwn hŷn.</translation>
    </message>
    <message>
        <source>The newer version; the document as it is now when left out.</source>
        <translation>Y fersiwn newydd; y ddogfen fel y mae nawr os na roddir hi.</translation>
    </message>
    <message>
        <source>Only this language: en or cy.</source>
        <translation>Yr iaith hon yn unig: en neu cy.</translation>
    </message>
    <message>
        <source>give one project file: sna diff FILE.sna --from NAME</source>
        <translation>rhowch un ffeil prosiect: sna diff FILE.sna --from NAME</translation>
    </message>
    <message>
        <source>--from NAME is required.</source>
        <translation>Mae angen --from NAME.</translation>
    </message>
    <message>
        <source>--lang must be en or cy, not “%1”.</source>
        <translation>Rhaid i --lang fod yn en neu cy, nid “%1”.</translation>
    </message>
    <message>
        <source>Sections changed: %1 of %2</source>
        <translation>Adrannau a newidiwyd: %1 o %2</translation>
    </message>
    <message>
        <source>say what to do: import, list, merge, add, reply, resolve or place (see “sna help comments”).</source>
        <translation>dywedwch beth i’w wneud: import, list, merge, add, reply, resolve neu place (gweler “sna help comments”).</translation>
    </message>
    <message>
        <source>give the project and the annotated PDF: sna comments import FILE.sna ANNOTATED.pdf</source>
        <translation>rhowch y prosiect a’r PDF anodedig: sna comments import FILE.sna ANNOTATED.pdf</translation>
    </message>
    <message>
        <source>Review copy: %1</source>
        <translation>Copi adolygu: %1</translation>
    </message>
    <message>
        <source>Comments placed: %1</source>
        <translation>Sylwadau a osodwyd: %1</translation>
    </message>
    <message>
        <source>Already imported before: %1</source>
        <translation>Wedi’u mewnforio o’r blaen: %1</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Heb eu gosod: %1</translation>
    </message>
    <message>
        <source>#%1, page %2, %3, %4: %5</source>
        <translation>#%1, tudalen %2, %3, %4: %5</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>dim awdur</translation>
    </message>
    <message>
        <source>Place them with “sna comments place” or in the Review panel.</source>
        <translation>Gosodwch nhw gyda “sna comments place” neu yn y panel Adolygu.</translation>
    </message>
    <message>
        <source>Only comments not yet resolved.</source>
        <translation>Sylwadau heb eu datrys yn unig.</translation>
    </message>
    <message>
        <source>give one project file: sna comments list FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna comments list FILE.sna</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Sylwadau agored: %1</translation>
    </message>
    <message>
        <source>give the project and the reviewer's file: sna comments merge FILE.sna REVIEWER.sna</source>
        <translation>rhowch y prosiect a ffeil yr adolygydd: sna comments merge FILE.sna REVIEWER.sna</translation>
    </message>
    <message>
        <source>Comments merged: %1</source>
        <translation>Sylwadau a gyfunwyd: %1</translation>
    </message>
    <message>
        <source>Already in the project: %1</source>
        <translation>Eisoes yn y prosiect: %1</translation>
    </message>
    <message>
        <source>Section id.</source>
        <translation>Dynodydd yr adran.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Y sylw.</translation>
    </message>
    <message>
        <source>Who makes the comment.</source>
        <translation>Pwy sy’n gwneud y sylw.</translation>
    </message>
    <message>
        <source>The authority the reviewer speaks for.</source>
        <translation>Yr awdurdod y mae’r adolygydd yn siarad ar ei ran.</translation>
    </message>
    <message>
        <source>The words commented on.</source>
        <translation>Y geiriau y gwneir sylw arnynt.</translation>
    </message>
    <message>
        <source>Language of the quoted text.</source>
        <translation>Iaith y testun a ddyfynnir.</translation>
    </message>
    <message>
        <source>give one project file: sna comments add FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna comments add FILE.sna</translation>
    </message>
    <message>
        <source>--section, --text and --author are required.</source>
        <translation>Mae angen --section, --text a --author.</translation>
    </message>
    <message>
        <source>There is no section “%1” in the %2.</source>
        <translation>Nid oes adran “%1” yn y %2.</translation>
    </message>
    <message>
        <source>Added comment #%1 on section “%2”.</source>
        <translation>Ychwanegwyd sylw #%1 ar adran “%2”.</translation>
    </message>
    <message>
        <source>The comment answered.</source>
        <translation>Y sylw a atebir.</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>Yr ateb.</translation>
    </message>
    <message>
        <source>Who replies.</source>
        <translation>Pwy sy’n ateb.</translation>
    </message>
    <message>
        <source>give the project, --id N and --text TEXT.</source>
        <translation>rhowch y prosiect, --id N a --text TEXT.</translation>
    </message>
    <message>
        <source>Added reply #%1.</source>
        <translation>Ychwanegwyd ateb #%1.</translation>
    </message>
    <message>
        <source>Who resolves it.</source>
        <translation>Pwy sy’n ei ddatrys.</translation>
    </message>
    <message>
        <source>Open it again.</source>
        <translation>Ei agor eto.</translation>
    </message>
    <message>
        <source>give the project and --id N.</source>
        <translation>rhowch y prosiect a --id N.</translation>
    </message>
    <message>
        <source>Comment #%1 is open again.</source>
        <translation>Mae sylw #%1 ar agor eto.</translation>
    </message>
    <message>
        <source>Comment #%1 is resolved.</source>
        <translation>Mae sylw #%1 wedi’i ddatrys.</translation>
    </message>
    <message>
        <source>give the project, --id N and --section ID.</source>
        <translation>rhowch y prosiect, --id N a --section ID.</translation>
    </message>
    <message>
        <source>Comment #%1 is on section “%2”.</source>
        <translation>Mae sylw #%1 ar adran “%2”.</translation>
    </message>
    <message>
        <source>The specified authority signing off.</source>
        <translation>Yr awdurdod penodedig sy’n cymeradwyo.</translation>
    </message>
    <message>
        <source>The version approved.</source>
        <translation>Y fersiwn a gymeradwywyd.</translation>
    </message>
    <message>
        <source>Who signed off.</source>
        <translation>Pwy a gymeradwyodd.</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD); today by default.</source>
        <translation>Pryd (BBBB-MM-DD); heddiw os na roddir.</translation>
    </message>
    <message>
        <source>Conditions of the approval.</source>
        <translation>Amodau’r gymeradwyaeth.</translation>
    </message>
    <message>
        <source>List the sign-offs.</source>
        <translation>Rhestru’r cymeradwyaethau.</translation>
    </message>
    <message>
        <source>give one project file: sna signoff FILE.sna --authority NAME --version NAME --by PERSON</source>
        <translation>rhowch un ffeil prosiect: sna signoff FILE.sna --authority NAME --version NAME --by PERSON</translation>
    </message>
    <message>
        <source>--authority, --version and --by are required.</source>
        <translation>Mae angen --authority, --version a --by.</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation>Rhaid i --date fod yn ddyddiad fel BBBB-MM-DD, nid “%1”.</translation>
    </message>
    <message>
        <source>Recorded: %1 signed off version “%2” for %3 on %4.</source>
        <translation>Cofnodwyd: cymeradwyodd %1 fersiwn “%2” ar ran %3 ar %4.</translation>
    </message>
    <message>
        <source>Every specified authority has signed off version “%1”.</source>
        <translation>Mae pob awdurdod penodedig wedi cymeradwyo fersiwn “%1”.</translation>
    </message>
    <message>
        <source>Still to sign off: %1</source>
        <translation>I’w cymeradwyo o hyd: %1</translation>
    </message>
</context>
<context>
    <name>sna::ReviewController</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <source>&amp;Versions and Changes…</source>
        <translation>&amp;Fersiynau a Newidiadau…</translation>
    </message>
    <message>
        <source>&amp;Export Review Copy…</source>
        <translation>Allforio &amp;Copi Adolygu…</translation>
    </message>
    <message>
        <source>&amp;Import Annotated PDF…</source>
        <translation>&amp;Mewnforio PDF Anodedig…</translation>
    </message>
    <message>
        <source>&amp;Merge Reviewer’s File…</source>
        <translation>C&amp;yfuno Ffeil Adolygydd…</translation>
    </message>
    <message>
        <source>&amp;Sign-off…</source>
        <translation>Cymeradwy&amp;o…</translation>
    </message>
    <message>
        <source>Review Comments</source>
        <translation>Sylwadau Adolygu</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Agorwch brosiect yn gyntaf.</translation>
    </message>
    <message>
        <source>Comments placed: %1</source>
        <translation>Sylwadau a osodwyd: %1</translation>
    </message>
    <message>
        <source>Already imported before: %1</source>
        <translation>Wedi’u mewnforio o’r blaen: %1</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Heb eu gosod: %1</translation>
    </message>
    <message>
        <source>Comments that could not be placed are listed first in the review panel; place each one with “Place in Section…”.</source>
        <translation>Rhestrir y sylwadau na ellid eu gosod yn gyntaf yn y panel adolygu; gosodwch bob un gyda “Gosod mewn Adran…”.</translation>
    </message>
    <message>
        <source>Comments merged: %1</source>
        <translation>Sylwadau a gyfunwyd: %1</translation>
    </message>
    <message>
        <source>Already in the project: %1</source>
        <translation>Eisoes yn y prosiect: %1</translation>
    </message>
    <message>
        <source>Import Annotated PDF</source>
        <translation>Mewnforio PDF Anodedig</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Merge Reviewer’s File</source>
        <translation>Cyfuno Ffeil Adolygydd</translation>
    </message>
    <message>
        <source>SNA Studio projects (*.sna)</source>
        <translation>Prosiectau SNA Studio (*.sna)</translation>
    </message>
    <message>
        <source>Review &amp;Comments</source>
        <translation>&amp;Sylwadau Adolygu</translation>
    </message>
</context>
<context>
    <name>sna::ReviewCopyStore</name>
    <message>
        <source>Could not record the review copy</source>
        <translation>Nid oedd modd cofnodi’r copi adolygu</translation>
    </message>
    <message>
        <source>A review copy is one PDF: choose one language, or both languages Welsh first or in parallel columns.</source>
        <translation>Un PDF yw copi adolygu: dewiswch un iaith, neu’r ddwy iaith gyda’r Gymraeg yn gyntaf neu mewn colofnau cyfochrog.</translation>
    </message>
    <message>
        <source>The layout “%1” puts both languages in one file: choose both languages for it.</source>
        <translation>Mae’r cynllun “%1” yn rhoi’r ddwy iaith mewn un ffeil: dewiswch y ddwy iaith ar ei gyfer.</translation>
    </message>
    <message>
        <source>The reviewer’s file cannot replace the project itself; choose another name.</source>
        <translation>Ni all ffeil yr adolygydd gymryd lle’r prosiect ei hun; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>Nid oes modd ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Nid oedd modd cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not read the review copies</source>
        <translation>Nid oedd modd darllen y copïau adolygu</translation>
    </message>
    <message>
        <source>The review copy %1 was not exported from this project (“%2”). Import it into the project it came from. Nothing was changed.</source>
        <translation>Ni allforiwyd y copi adolygu %1 o’r prosiect hwn (“%2”). Mewnforiwch ef i’r prosiect y daeth ohono. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::ReviewExportDialog</name>
    <message>
        <source>Export Review Copy</source>
        <translation>Allforio Copi Adolygu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the review copy.</source>
        <translation>Dewiswch ble i gadw’r copi adolygu.</translation>
    </message>
    <message>
        <source>The review copy %1 is saved as %2 (pages: %3).</source>
        <translation>Mae’r copi adolygu %1 wedi’i gadw fel %2 (tudalennau: %3).</translation>
    </message>
    <message>
        <source>The reviewer’s project file is %1. It holds no partner data rows.</source>
        <translation>Ffeil prosiect yr adolygydd yw %1. Nid oes ynddi unrhyw resi data partner.</translation>
    </message>
    <message>
        <source>Written beside the PDF as %1. It holds the documents, versions, comments and published-level figures, but no row of partner data, so that it can be sent by e-mail under the data sharing agreement.</source>
        <translation>Wedi’i hysgrifennu wrth ymyl y PDF fel %1. Mae’n cynnwys y dogfennau, y fersiynau, y sylwadau a’r ffigurau lefel cyhoeddi, ond dim un rhes o ddata partner, fel y gellir ei hanfon drwy e-bost o dan y cytundeb rhannu data.</translation>
    </message>
    <message>
        <source>A review copy is the draft as a PDF with a review identifier on every page. Reviewers can annotate it in any PDF reader (sticky notes, highlights, underlines, strike-outs); import the annotated PDF to turn their annotations into comments on the right sections.</source>
        <translation>Copi adolygu yw’r drafft fel PDF gyda dynodydd adolygu ar bob tudalen. Gall adolygwyr ei anodi mewn unrhyw ddarllenydd PDF (nodiadau gludiog, amlygiadau, tanlinellu, llinellau drwodd); mewnforiwch y PDF anodedig i droi eu hanodiadau yn sylwadau ar yr adrannau cywir.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dogfen:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>SNA summary (public)</source>
        <translation>Crynodeb yr SNA (cyhoeddus)</translation>
    </message>
    <message>
        <source>Full SNA (restricted)</source>
        <translation>SNA llawn (cyfyngedig)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English, Welsh first</source>
        <translation>Cymraeg a Saesneg, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>Welsh and English in parallel columns</source>
        <translation>Cymraeg a Saesneg mewn colofnau cyfochrog</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Also write a project file for a reviewer with SNA Studio</source>
        <translation>Ysgrifennu hefyd ffeil prosiect i adolygydd gyda SNA Studio</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>sna::ReviewPackage</name>
    <message>
        <source>The folder “%1” does not exist. Nothing was written.</source>
        <translation>Nid yw’r ffolder “%1” yn bodoli. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Nothing was written.</source>
        <translation>Nid oedd modd ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the file could not be moved into place. Nothing was written.</source>
        <translation>Nid oedd modd ysgrifennu “%1”: nid oedd modd symud y ffeil i’w lle. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>“%1” is the project itself: choose the reviewer’s file.</source>
        <translation>“%1” yw’r prosiect ei hun: dewiswch ffeil yr adolygydd.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Nid oedd modd agor “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” holds no review comments (it was saved by an older SNA Studio). Nothing was changed.</source>
        <translation>Nid oes sylwadau adolygu yn “%1” (fe’i cadwyd gan SNA Studio hŷn). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” belongs to another project (“%2”): its comments were not merged. Nothing was changed.</source>
        <translation>Mae “%1” yn perthyn i brosiect arall (“%2”): ni chyfunwyd ei sylwadau. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Could not read the comments in “%1”: %2</source>
        <translation>Nid oedd modd darllen y sylwadau yn “%1”: %2</translation>
    </message>
</context>
<context>
    <name>sna::ReviewPanel</name>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Datrys</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation>Adolygydd anhysbys</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Wedi’i ddatrys.</translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation>Wedi’i ddatrys gan %1.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Choose a section in the Documents tab first.</source>
        <translation>Dewiswch adran yn y tab Dogfennau yn gyntaf.</translation>
    </message>
    <message>
        <source>Section %1 %2</source>
        <translation>Adran %1 %2</translation>
    </message>
    <message>
        <source>On the words: “%1”</source>
        <translation>Ar y geiriau: “%1”</translation>
    </message>
    <message>
        <source>Comment on Section</source>
        <translation>Sylw ar Adran</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>SNA</source>
        <translation>SNA</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>Place Comment</source>
        <translation>Gosod Sylw</translation>
    </message>
    <message>
        <source>The section the comment is about:</source>
        <translation>Yr adran y mae’r sylw yn ei chylch:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Sylwadau agored</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Pob sylw</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Trefn:</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Fesul adran</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Fesul adolygydd</translation>
    </message>
    <message>
        <source>&amp;Comment on Section…</source>
        <translation>&amp;Sylw ar Adran…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>A&amp;teb…</translation>
    </message>
    <message>
        <source>P&amp;lace in Section…</source>
        <translation>&amp;Gosod mewn Adran…</translation>
    </message>
    <message>
        <source>&amp;Go to Section</source>
        <translation>&amp;Mynd i’r Adran</translation>
    </message>
    <message>
        <source>Review copy %1: the text is read-only. Your comments are saved in this file; send it back to the analyst, who merges them into the project.</source>
        <translation>Copi adolygu %1: darllen yn unig yw’r testun. Cedwir eich sylwadau yn y ffeil hon; anfonwch hi yn ôl at y dadansoddwr, a fydd yn eu cyfuno â’r prosiect.</translation>
    </message>
</context>
<context>
    <name>sna::RowProblem</name>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>line %1, column “%2”, value “%3”: %4</source>
        <translation>llinell %1, colofn “%2”, gwerth “%3”: %4</translation>
    </message>
</context>
<context>
    <name>sna::RowProblemModel</name>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>sna::SectionListModel</name>
    <message>
        <source>Welsh missing</source>
        <translation>Dim Cymraeg</translation>
    </message>
    <message>
        <source>English missing</source>
        <translation>Dim Saesneg</translation>
    </message>
    <message>
        <source>Welsh out of date</source>
        <translation>Cymraeg wedi dyddio</translation>
    </message>
    <message>
        <source>English out of date</source>
        <translation>Saesneg wedi dyddio</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Cyfredol</translation>
    </message>
    <message>
        <source>Statutory guidance, para %1</source>
        <translation>Canllawiau statudol, paragraff %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Cyfieithiad</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Geirfa: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>sna::SectionPropertiesWidget</name>
    <message>
        <source>Edit Welsh reason for “%1”</source>
        <translation>Golygu’r rheswm Cymraeg dros “%1”</translation>
    </message>
    <message>
        <source>Edit English reason for “%1”</source>
        <translation>Golygu’r rheswm Saesneg dros “%1”</translation>
    </message>
    <message>
        <source>Change source language of “%1”</source>
        <translation>Newid iaith ffynhonnell “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” restricted</source>
        <translation>Marcio “%1” yn gyfyngedig</translation>
    </message>
    <message>
        <source>Mark “%1” publishable</source>
        <translation>Marcio “%1” yn gyhoeddadwy</translation>
    </message>
    <message>
        <source>Mark “%1” not applicable</source>
        <translation>Marcio “%1” yn amherthnasol</translation>
    </message>
    <message>
        <source>Mark “%1” applicable</source>
        <translation>Marcio “%1” yn berthnasol</translation>
    </message>
    <message>
        <source>&amp;Written first in:</source>
        <translation>&amp;Ysgrifennwyd gyntaf yn:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>The other language is the translation, whose status is tracked</source>
        <translation>Yr iaith arall yw’r cyfieithiad, a chedwir golwg ar ei statws</translation>
    </message>
    <message>
        <source>&amp;Restricted</source>
        <translation>&amp;Cyfyngedig</translation>
    </message>
    <message>
        <source>Never published. Material that might put anyone’s safety at risk or prejudice crime prevention stays in the project and out of every published document (guidance para 41b)</source>
        <translation>Ni chaiff ei chyhoeddi byth. Mae deunydd a allai beryglu diogelwch unrhyw un neu niweidio’r gwaith o atal troseddau yn aros yn y prosiect ac allan o bob dogfen a gyhoeddir (canllawiau, paragraff 41b)</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>The section publishes the reason instead of a text; give it in both languages</source>
        <translation>Mae’r adran yn cyhoeddi’r rheswm yn lle testun; rhowch ef yn y ddwy iaith</translation>
    </message>
    <message>
        <source>Reason (English):</source>
        <translation>Rheswm (Saesneg):</translation>
    </message>
    <message>
        <source>Reason (Welsh):</source>
        <translation>Rheswm (Cymraeg):</translation>
    </message>
</context>
<context>
    <name>sna::SetSectionTextCommand</name>
    <message>
        <source>Edit Welsh text of “%1”</source>
        <translation>Golygu testun Cymraeg “%1”</translation>
    </message>
    <message>
        <source>Edit English text of “%1”</source>
        <translation>Golygu testun Saesneg “%1”</translation>
    </message>
</context>
<context>
    <name>sna::SignoffDialog</name>
    <message>
        <source>The partnership profile names no specified authority.</source>
        <translation>Nid yw proffil y bartneriaeth yn enwi unrhyw awdurdod penodedig.</translation>
    </message>
    <message>
        <source>No version of the strategy has been saved yet: save one (Review ▸ Versions and Changes) and record each authority's sign-off of it.</source>
        <translation>Nid oes fersiwn o’r strategaeth wedi’i chadw eto: cadwch un (Adolygu ▸ Fersiynau a Newidiadau) a chofnodwch gymeradwyaeth pob awdurdod ohoni.</translation>
    </message>
    <message>
        <source>The strategy has changed since version “%1”: save a new version for sign-off.</source>
        <translation>Mae’r strategaeth wedi newid ers fersiwn “%1”: cadwch fersiwn newydd i’w chymeradwyo.</translation>
    </message>
    <message>
        <source>Version “%1” awaits sign-off by: %2.</source>
        <translation>Mae fersiwn “%1” yn aros am gymeradwyaeth gan: %2.</translation>
    </message>
    <message>
        <source>Version “%1” is signed off by every specified authority.</source>
        <translation>Mae fersiwn “%1” wedi’i chymeradwyo gan bob awdurdod penodedig.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Awdurdod:</translation>
    </message>
    <message>
        <source>&amp;Version of the strategy:</source>
        <translation>&amp;Fersiwn o’r strategaeth:</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>Cymeradwywyd &amp;gan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>A&amp;modau:</translation>
    </message>
    <message>
        <source>&amp;Record Sign-off</source>
        <translation>&amp;Cofnodi Cymeradwyaeth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Sign-offs recorded</source>
        <translation>Cymeradwyaethau a gofnodwyd</translation>
    </message>
</context>
<context>
    <name>sna::SignoffStore</name>
    <message>
        <source>“%1” is not an authority of this partnership.</source>
        <translation>Nid yw “%1” yn un o awdurdodau’r bartneriaeth hon.</translation>
    </message>
    <message>
        <source>Specified authorities: %1</source>
        <translation>Awdurdodau penodedig: %1</translation>
    </message>
    <message>
        <source>“%1” is not a specified authority (it is %2): only specified authorities sign off.</source>
        <translation>Nid yw “%1” yn awdurdod penodedig (mae’n %2): dim ond awdurdodau penodedig sy’n cymeradwyo.</translation>
    </message>
    <message>
        <source>Say who signed off for %1.</source>
        <translation>Dywedwch pwy a gymeradwyodd ar ran %1.</translation>
    </message>
    <message>
        <source>Could not record the sign-off</source>
        <translation>Nid oedd modd cofnodi’r gymeradwyaeth</translation>
    </message>
    <message>
        <source>Could not read the sign-offs</source>
        <translation>Nid oedd modd darllen y cymeradwyaethau</translation>
    </message>
</context>
<context>
    <name>sna::SignoffTableModel</name>
    <message>
        <source>%1 (SNA)</source>
        <translation>%1 (SNA)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
</context>
<context>
    <name>sna::SourceAuthorities</name>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Probation service</source>
        <translation>Gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Youth justice service</source>
        <translation>Gwasanaeth cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <source>Fire and rescue</source>
        <translation>Tân ac achub</translation>
    </message>
    <message>
        <source>Health body</source>
        <translation>Corff iechyd</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <source>Prison or youth custody</source>
        <translation>Carchar neu ddalfa ieuenctid</translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation>Sector gwirfoddol</translation>
    </message>
    <message>
        <source>Published open data</source>
        <translation>Data agored cyhoeddedig</translation>
    </message>
</context>
<context>
    <name>sna::StopSearchImporter</name>
    <message>
        <source>data.police.uk stop and search</source>
        <translation>stopio a chwilio data.police.uk</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>the search type is empty</source>
        <translation>mae’r math o chwiliad yn wag</translation>
    </message>
    <message>
        <source>not a date (such as 2019-01-31T14:05:00+00:00)</source>
        <translation>nid yw’n ddyddiad (fel 2019-01-31T14:05:00+00:00)</translation>
    </message>
    <message>
        <source>not True or False</source>
        <translation>nid yw’n True nac yn False</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>nid yw’n lledred</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>nid yw’n hydred</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>Could not store the import's records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
</context>
<context>
    <name>sna::SummaryBuilder</name>
    <message>
        <source>Could not summarise the project</source>
        <translation>Methu crynhoi’r prosiect</translation>
    </message>
</context>
<context>
    <name>sna::TimelineWidget</name>
    <message>
        <source>Timeline of milestones</source>
        <translation>Llinell amser y cerrig milltir</translation>
    </message>
    <message>
        <source>No dates yet: set them in the table below.</source>
        <translation>Dim dyddiadau eto: gosodwch nhw yn y tabl isod.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
</context>
<context>
    <name>sna::Timetable</name>
    <message>
        <source>Partnership agreement</source>
        <translation>Cytundeb partneriaeth</translation>
    </message>
    <message>
        <source>Strategic needs assessment completed</source>
        <translation>Asesiad o anghenion strategol wedi’i gwblhau</translation>
    </message>
    <message>
        <source>Strategy published</source>
        <translation>Strategaeth wedi’i chyhoeddi</translation>
    </message>
    <message>
        <source>Strategy sent to the Home Office</source>
        <translation>Strategaeth wedi’i hanfon at y Swyddfa Gartref</translation>
    </message>
    <message>
        <source>Strategy sent to the Welsh Ministers</source>
        <translation>Strategaeth wedi’i hanfon at Weinidogion Cymru</translation>
    </message>
    <message>
        <source>Annual review of the strategy</source>
        <translation>Adolygiad blynyddol o’r strategaeth</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Dim dyddiad wedi’i osod</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Wedi’i drefnu</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>I’w wneud cyn bo hir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
</context>
<context>
    <name>sna::TimetablePanel</name>
    <message>
        <source>Nothing is due: set the partnership’s dates below.</source>
        <translation>Does dim i’w wneud: gosodwch ddyddiadau’r bartneriaeth isod.</translation>
    </message>
    <message>
        <source>Overdue: %1, due %2 (days late: %3)</source>
        <translation>Yn hwyr: %1, erbyn %2 (dyddiau’n hwyr: %3)</translation>
    </message>
    <message>
        <source>Next: %1, due %2 (days left: %3)</source>
        <translation>Nesaf: %1, erbyn %2 (dyddiau ar ôl: %3)</translation>
    </message>
    <message>
        <source>The strategy is sent to the Home Office within 7 days of publication and, where the partnership covers part of Wales, to the Welsh Ministers within 7 days too; it is reviewed at least once a year. Double-click a date to change it; choose “Not set” to clear it.</source>
        <translation>Anfonir y strategaeth at y Swyddfa Gartref cyn pen saith diwrnod ar ôl ei chyhoeddi ac, os yw’r bartneriaeth yn cwmpasu rhan o Gymru, at Weinidogion Cymru cyn pen saith diwrnod hefyd; caiff ei hadolygu o leiaf unwaith y flwyddyn. Cliciwch ddwywaith ar ddyddiad i’w newid; dewiswch “Heb ei osod” i’w glirio.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Cerrig milltir</translation>
    </message>
</context>
<context>
    <name>sna::TranslationPack</name>
    <message>
        <source>Title of section %1</source>
        <translation>Teitl adran %1</translation>
    </message>
    <message>
        <source>Why section %1 does not apply</source>
        <translation>Pam nad yw adran %1 yn berthnasol</translation>
    </message>
    <message>
        <source>Text of section %1 (Markdown)</source>
        <translation>Testun adran %1 (Markdown)</translation>
    </message>
    <message>
        <source>Strategic priority</source>
        <translation>Blaenoriaeth strategol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>Methu ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Methu cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 is not an XLIFF 1.2 translation pack.</source>
        <translation>Nid yw %1 yn becyn cyfieithu XLIFF 1.2.</translation>
    </message>
    <message>
        <source>%1, line %2: a &lt;file&gt; must translate between English (en) and Welsh (cy).</source>
        <translation>%1, llinell %2: rhaid i &lt;file&gt; gyfieithu rhwng Saesneg (en) a Chymraeg (cy).</translation>
    </message>
    <message>
        <source>%1 could not be read at line %2, column %3: %4. Nothing was imported.</source>
        <translation>Methu darllen %1 ar linell %2, colofn %3: %4. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Line %1, “%2”: %3</source>
        <translation>Llinell %1, “%2”: %3</translation>
    </message>
    <message>
        <source>the section no longer exists</source>
        <translation>nid yw’r adran yn bodoli mwyach</translation>
    </message>
    <message>
        <source>the section’s source language has changed</source>
        <translation>mae iaith ffynhonnell yr adran wedi newid</translation>
    </message>
    <message>
        <source>unknown part “%1”</source>
        <translation>rhan anhysbys “%1”</translation>
    </message>
    <message>
        <source>the section is no longer marked not applicable</source>
        <translation>nid yw’r adran wedi’i marcio’n amherthnasol mwyach</translation>
    </message>
    <message>
        <source>the section is now marked not applicable</source>
        <translation>mae’r adran bellach wedi’i marcio’n amherthnasol</translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation>eitem anhysbys</translation>
    </message>
    <message>
        <source>the priority no longer exists</source>
        <translation>nid yw’r flaenoriaeth yn bodoli mwyach</translation>
    </message>
    <message>
        <source>the action no longer exists</source>
        <translation>nid yw’r cam gweithredu yn bodoli mwyach</translation>
    </message>
    <message>
        <source>the action’s source language has changed</source>
        <translation>mae iaith ffynhonnell y cam gweithredu wedi newid</translation>
    </message>
    <message>
        <source>not a unit of an SNA Studio translation pack</source>
        <translation>nid yw’n uned o becyn cyfieithu SNA Studio</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Methu darllen “%1”: %2</translation>
    </message>
</context>
<context>
    <name>sna::TranslationPackController</name>
    <message>
        <source>Import translation pack “%1”</source>
        <translation>Mewnforio’r pecyn cyfieithu “%1”</translation>
    </message>
    <message>
        <source>Translations updated: %1
Confirmed as current: %2
Imported but still out of date (the source changed after the pack was made): %3
Unchanged: %4
Skipped: %5</source>
        <translation>Cyfieithiadau a ddiweddarwyd: %1
Wedi’u cadarnhau’n gyfredol: %2
Wedi’u mewnforio ond yn dal wedi dyddio (newidiodd y ffynhonnell ar ôl gwneud y pecyn): %3
Heb newid: %4
Wedi’u hepgor: %5</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Mae Golygu ▸ Dadwneud yn dadwneud y mewnforio cyfan.</translation>
    </message>
    <message>
        <source>Export translation pack</source>
        <translation>Allforio pecyn cyfieithu</translation>
    </message>
    <message>
        <source>Translation packs (*.xlf *.xliff);;All files (*)</source>
        <translation>Pecynnau cyfieithu (*.xlf *.xliff);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Include only the texts whose translation is missing or out of date?

Choose No to include every text, with its current translation for review.</source>
        <translation>Cynnwys dim ond y testunau y mae eu cyfieithiad ar goll neu wedi dyddio?

Dewiswch Na i gynnwys pob testun, gyda’i gyfieithiad presennol i’w adolygu.</translation>
    </message>
    <message>
        <source>Saved “%1”.
Texts: %2
Needing translation: %3

Send it to the translator; any tool that reads XLIFF 1.2 can open it.</source>
        <translation>Cadwyd “%1”.
Testunau: %2
Angen eu cyfieithu: %3

Anfonwch ef at y cyfieithydd; gall unrhyw offeryn sy’n darllen XLIFF 1.2 ei agor.</translation>
    </message>
    <message>
        <source>Import translation pack</source>
        <translation>Mewnforio pecyn cyfieithu</translation>
    </message>
</context>
<context>
    <name>sna::UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
</context>
<context>
    <name>sna::Utf8</name>
    <message>
        <source>%1 is not valid UTF-8 text: the first bad byte (0x%2) is at byte offset %3 (line %4, column %5). Save the file as UTF-8 and try again; nothing was changed.</source>
        <translation>Nid yw %1 yn destun UTF-8 dilys: mae’r beit gwael cyntaf (0x%2) yn safle beit %3 (llinell %4, colofn %5). Cadwch y ffeil fel UTF-8 a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>sna::VersionStore</name>
    <message>
        <source>A version needs a name.</source>
        <translation>Mae angen enw ar fersiwn.</translation>
    </message>
    <message>
        <source>There is already a version called “%1” of this document; choose another name.</source>
        <translation>Mae fersiwn o’r enw “%1” o’r ddogfen hon eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Could not save the version “%1”</source>
        <translation>Nid oedd modd cadw’r fersiwn “%1”</translation>
    </message>
    <message>
        <source>Could not read the versions</source>
        <translation>Nid oedd modd darllen y fersiynau</translation>
    </message>
    <message>
        <source>There is no version called “%1” of this document.</source>
        <translation>Nid oes fersiwn o’r enw “%1” o’r ddogfen hon.</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Fersiynau: %1</translation>
    </message>
</context>
<context>
    <name>sna::VersionsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Y testun presennol</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Cadw Fersiwn</translation>
    </message>
    <message>
        <source>Name of the version (for example “Draft 1 for CSP review”):</source>
        <translation>Enw’r fersiwn (er enghraifft “Drafft 1 i’w adolygu gan y CSP”):</translation>
    </message>
    <message>
        <source>No version of this document has been saved yet. Save one before sending the document for review.</source>
        <translation>Nid oes fersiwn o’r ddogfen hon wedi’i chadw eto. Cadwch un cyn anfon y ddogfen i’w hadolygu.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sections changed: %1 of %2</source>
        <translation>Adrannau a newidiwyd: %1 o %2</translation>
    </message>
    <message>
        <source>Its settings changed (restricted, not applicable or level).</source>
        <translation>Newidiodd ei gosodiadau (cyfyngedig, ddim yn berthnasol neu lefel).</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(dim testun)</translation>
    </message>
    <message>
        <source>Restore “%1” from version “%2”</source>
        <translation>Adfer “%1” o fersiwn “%2”</translation>
    </message>
    <message>
        <source>Versions and Changes</source>
        <translation>Fersiynau a Newidiadau</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dogfen:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>Strategic needs assessment</source>
        <translation>Asesiad o anghenion strategol</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Cadw Fersiwn…</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>Cy&amp;mharu:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;gyda:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>&amp;Restore Section from the Older Version</source>
        <translation>&amp;Adfer yr Adran o’r Fersiwn Hŷn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Sections compared</source>
        <translation>Adrannau a gymharwyd</translation>
    </message>
    <message>
        <source>Changes in the section</source>
        <translation>Newidiadau yn yr adran</translation>
    </message>
</context>
<context>
    <name>sna::ViolenceDefinition</name>
    <message>
        <source>Every category of the definition needs its own identifier (“%1” is empty or repeated).</source>
        <translation>Mae angen dynodydd ei hun ar bob categori yn y diffiniad (mae “%1” yn wag neu wedi’i ailadrodd).</translation>
    </message>
    <message>
        <source>The definition includes “%1”, which is terrorism: the Serious Violence Duty excludes terrorism (statutory guidance, para 30).</source>
        <translation>Mae’r diffiniad yn cynnwys “%1”, sef terfysgaeth: nid yw’r Ddyletswydd Trais Difrifol yn cynnwys terfysgaeth (canllawiau statudol, paragraff 30).</translation>
    </message>
    <message>
        <source>The definition leaves out “%1”: every local definition must include a focus on public-space youth violence — homicide, violence against the person including knife and gun crime, and crime where violence is inherent (statutory guidance, para 32).</source>
        <translation>Mae’r diffiniad yn hepgor “%1”: rhaid i bob diffiniad lleol gynnwys ffocws ar drais ieuenctid mewn mannau cyhoeddus — lladdiad, trais yn erbyn y person gan gynnwys troseddau cyllyll a gynnau, a throseddau lle mae trais yn gynhenid (canllawiau statudol, paragraff 32).</translation>
    </message>
    <message>
        <source>“%1” from %2 is mapped to “%3”, which is not a category of the definition.</source>
        <translation>Mae “%1” o %2 wedi’i fapio i “%3”, nad yw’n gategori yn y diffiniad.</translation>
    </message>
    <message>
        <source>“%1” from %2 is mapped twice.</source>
        <translation>Mae “%1” o %2 wedi’i fapio ddwywaith.</translation>
    </message>
</context>
<context>
    <name>sna::ViolenceDefinitionStore</name>
    <message>
        <source>Could not read the definition of serious violence</source>
        <translation>Methu darllen y diffiniad o drais difrifol</translation>
    </message>
    <message>
        <source>Could not save the definition of serious violence</source>
        <translation>Methu cadw’r diffiniad o drais difrifol</translation>
    </message>
</context>
<context>
    <name>sna::ViolenceScopes</name>
    <message>
        <source>Homicide</source>
        <translation>Lladdiad</translation>
    </message>
    <message>
        <source>Violence against the person, including knife and gun crime</source>
        <translation>Trais yn erbyn y person, gan gynnwys troseddau cyllyll a gynnau</translation>
    </message>
    <message>
        <source>Crime where violence is inherent (robbery, gangs, county lines)</source>
        <translation>Troseddau lle mae trais yn gynhenid (lladrata, gangiau, llinellau cyffuriau)</translation>
    </message>
    <message>
        <source>Possession of weapons</source>
        <translation>Meddu ar arfau</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>Sexual offences</source>
        <translation>Troseddau rhywiol</translation>
    </message>
    <message>
        <source>Violence against property</source>
        <translation>Trais yn erbyn eiddo</translation>
    </message>
    <message>
        <source>Threats of violence</source>
        <translation>Bygythiadau o drais</translation>
    </message>
    <message>
        <source>Alcohol-related violence</source>
        <translation>Trais yn gysylltiedig ag alcohol</translation>
    </message>
    <message>
        <source>Criminal exploitation</source>
        <translation>Camfanteisio troseddol</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <translation>Caethwasiaeth fodern</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Trais yn erbyn menywod a merched</translation>
    </message>
    <message>
        <source>Terrorism</source>
        <translation>Terfysgaeth</translation>
    </message>
    <message>
        <source>Other serious violence</source>
        <translation>Trais difrifol arall</translation>
    </message>
</context>
<context>
    <name>sna::WelcomePanel</name>
    <message>
        <source>SNA Studio</source>
        <translation>SNA Studio</translation>
    </message>
    <message>
        <source>Build your partnership’s strategic needs assessment and serious violence strategy from partner data, in English and Welsh. Your data stays on this computer.</source>
        <translation>Lluniwch asesiad o anghenion strategol a strategaeth trais difrifol eich partneriaeth o ddata partneriaid, yn Gymraeg ac yn Saesneg. Mae eich data’n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Prosiect &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Agor prosiect…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project (synthetic data)</source>
        <translation>Agor y prosiect &amp;enghreifftiol (data synthetig)</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Prosiectau &amp;diweddar:</translation>
    </message>
</context>
<context>
    <name>sna::WimdImporter</name>
    <message>
        <source>Welsh Index of Multiple Deprivation 2019</source>
        <translation>Mynegai Amddifadedd Lluosog Cymru 2019</translation>
    </message>
    <message>
        <source>wimd_2019 (the rank)</source>
        <translation>wimd_2019 (y safle)</translation>
    </message>
</context>
<context>
    <name>sna::WritingCommands</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos cymorth ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>  text         get or set a section's text in English or Welsh
  sections     list a document's sections with their translation status
  section      change a section: title, source language, restricted, not applicable …
  profile      show or change the partnership profile and timetable
  actions      list the action plan
  action       add, change or remove an action
  priority     add, change or remove a strategic priority
  glossary     list, add or check glossary terms
  translation  export or import a translation pack (XLIFF)
  check        run the compliance checklist</source>
        <translation>  text         cael neu osod testun adran yn Saesneg neu’n Gymraeg
  sections     rhestru adrannau dogfen gyda statws eu cyfieithu
  section      newid adran: teitl, iaith ffynhonnell, cyfyngedig, amherthnasol …
  profile      dangos neu newid proffil ac amserlen y bartneriaeth
  actions      rhestru’r cynllun gweithredu
  action       ychwanegu, newid neu dynnu cam gweithredu
  priority     ychwanegu, newid neu dynnu blaenoriaeth strategol
  glossary     rhestru, ychwanegu neu wirio termau’r eirfa
  translation  allforio neu fewnforio pecyn cyfieithu (XLIFF)
  check        rhedeg y rhestr wirio cydymffurfio</translation>
    </message>
    <message>
        <source>--doc must be strategy or sna, not “%1”.</source>
        <translation>rhaid i --doc fod yn strategy neu’n sna, nid “%1”.</translation>
    </message>
    <message>
        <source>%1 must be en or cy, not “%2”.</source>
        <translation>rhaid i %1 fod yn en neu’n cy, nid “%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: nid yw “%2” yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: sna text FILE.sna --doc strategy|sna --section ID --lang en|cy
                (--set FILE.html|FILE.md|FILE.txt | --get [--format md|html|txt])
Sets a section's text in one language from a file, or prints it. HTML and Markdown are cleaned to the document model (headings, paragraphs, bold, italic, lists, links, tables; no scripts, images or styles); a file that is not UTF-8 is refused with the position of its first bad byte.</source>
        <translation>Defnydd: sna text FFEIL.sna --doc strategy|sna --section ID --lang en|cy
                (--set FFEIL.html|FFEIL.md|FFEIL.txt | --get [--format md|html|txt])
Yn gosod testun adran mewn un iaith o ffeil, neu’n ei argraffu. Caiff HTML a Markdown eu glanhau i fodel y ddogfen (penawdau, paragraffau, trwm, italig, rhestrau, dolenni, tablau; dim sgriptiau, delweddau nac arddulliau); gwrthodir ffeil nad yw’n UTF-8 gan nodi safle ei beit gwael cyntaf.</translation>
    </message>
    <message>
        <source>Usage: sna sections FILE.sna --doc strategy|sna
Prints one line per section, tab-separated: id, title, translation status (missing, up-to-date or stale).</source>
        <translation>Defnydd: sna sections FFEIL.sna --doc strategy|sna
Yn argraffu un llinell i bob adran, wedi’u gwahanu gan dabiau: id, teitl, statws y cyfieithiad (missing, up-to-date neu stale).</translation>
    </message>
    <message>
        <source>Usage: sna section FILE.sna --doc strategy|sna --section ID [OPTIONS]
       sna section FILE.sna --doc strategy|sna --add --title-en TITLE [--title-cy TITLE] [--after ID] [--level 1|2|3]
Options: --title-en TEXT, --title-cy TEXT, --source-lang en|cy,
  --sensitive yes|no (restricted: never published),
  --not-applicable REASON [--reason-cy REASON] or --applicable,
  --confirm (mark the translation current), --level 1|2|3, --move up|down,
  --add-item KIND:REF, --remove-item KIND:REF (chart, table or figure),
  --merge-into ID, --remove.</source>
        <translation>Defnydd: sna section FFEIL.sna --doc strategy|sna --section ID [OPSIYNAU]
       sna section FFEIL.sna --doc strategy|sna --add --title-en TEITL [--title-cy TEITL] [--after ID] [--level 1|2|3]
Opsiynau: --title-en TESTUN, --title-cy TESTUN, --source-lang en|cy,
  --sensitive yes|no (cyfyngedig: ni chaiff ei chyhoeddi byth),
  --not-applicable RHESWM [--reason-cy RHESWM] neu --applicable,
  --confirm (marcio’r cyfieithiad yn gyfredol), --level 1|2|3, --move up|down,
  --add-item MATH:CYF, --remove-item MATH:CYF (chart, table neu figure),
  --merge-into ID, --remove.</translation>
    </message>
    <message>
        <source>Usage: sna profile FILE.sna [--json] [CHANGES]
Shows the partnership profile and timetable; with changes, applies them all or none:
  --name NAME, --coordinator NAME, --add-area CODE, --remove-area CODE,
  --add-authority NAME --type TYPE (repeat both in pairs), --remove-authority NAME,
  --consulted NAME=YYYY-MM-DD (empty date: not consulted),
  --add-governance NAME, --remove-governance NAME,
  --milestone KIND=YYYY-MM-DD (due date), --milestone-done KIND=YYYY-MM-DD.
Types: %1.
Milestones: %2.
The local definition of serious violence is changed with sna definition.</source>
        <translation>Defnydd: sna profile FFEIL.sna [--json] [NEWIDIADAU]
Yn dangos proffil ac amserlen y bartneriaeth; gyda newidiadau, mae’n eu gwneud i gyd neu ddim un:
  --name ENW, --coordinator ENW, --add-area COD, --remove-area COD,
  --add-authority ENW --type MATH (ailadroddwch y ddau fesul pâr), --remove-authority ENW,
  --consulted ENW=BBBB-MM-DD (dyddiad gwag: heb ymgynghori),
  --add-governance ENW, --remove-governance ENW,
  --milestone MATH=BBBB-MM-DD (dyddiad cau), --milestone-done MATH=BBBB-MM-DD.
Mathau: %1.
Cerrig milltir: %2.
Mae’r diffiniad lleol o drais difrifol yn cael ei newid gyda sna definition.</translation>
    </message>
    <message>
        <source>Usage: sna actions FILE.sna [--json] [--by priority|sector] [--lang en|cy]
Lists the priorities and actions, one action per line, tab-separated: id, title, sector, priority, lead, due date, status, translation status; or the plan as printed in the strategy, grouped --by priority or sector.</source>
        <translation>Defnydd: sna actions FFEIL.sna [--json] [--by priority|sector] [--lang en|cy]
Yn rhestru’r blaenoriaethau a’r camau gweithredu, un cam i bob llinell, wedi’u gwahanu gan dabiau: id, teitl, sector, blaenoriaeth, arweinydd, dyddiad cau, statws, statws y cyfieithiad; neu’r cynllun fel y’i hargreffir yn y strategaeth, wedi’i grwpio --by priority neu sector.</translation>
    </message>
    <message>
        <source>Usage: sna action FILE.sna add [FIELDS]
       sna action FILE.sna set ID [FIELDS] [--confirm]
       sna action FILE.sna remove ID
Fields: --title-en, --title-cy, --description-en, --description-cy, --measure-en, --measure-cy, --lead NAME, --partner NAME (repeat; replaces the list), --sector SECTOR, --priority N (0: none), --start YYYY-MM-DD, --due YYYY-MM-DD, --status STATUS, --source-lang en|cy.
Sectors: %1.
Statuses: %2.</source>
        <translation>Defnydd: sna action FFEIL.sna add [MEYSYDD]
       sna action FFEIL.sna set ID [MEYSYDD] [--confirm]
       sna action FFEIL.sna remove ID
Meysydd: --title-en, --title-cy, --description-en, --description-cy, --measure-en, --measure-cy, --lead ENW, --partner ENW (ailadroddwch; yn disodli’r rhestr), --sector SECTOR, --priority N (0: dim), --start BBBB-MM-DD, --due BBBB-MM-DD, --status STATWS, --source-lang en|cy.
Sectorau: %1.
Statwsau: %2.</translation>
    </message>
    <message>
        <source>Usage: sna priority FILE.sna add --title-en TITLE [--title-cy TITLE] [--finding SNA-SECTION]
       sna priority FILE.sna set ID [--title-en …] [--title-cy …] [--finding …]
       sna priority FILE.sna remove ID
A strategic priority, linked to the SNA section (finding or recommendation) it comes from.</source>
        <translation>Defnydd: sna priority FFEIL.sna add --title-en TEITL [--title-cy TEITL] [--finding ADRAN-ASESIAD]
       sna priority FFEIL.sna set ID [--title-en …] [--title-cy …] [--finding …]
       sna priority FFEIL.sna remove ID
Blaenoriaeth strategol, wedi’i chysylltu ag adran yr asesiad (canfyddiad neu argymhelliad) y daw ohoni.</translation>
    </message>
    <message>
        <source>Usage: sna glossary FILE.sna [--add EN=CY [--note TEXT] [--unchecked]] [--remove EN]
       sna glossary FILE.sna --check [--doc strategy|sna]
Lists the glossary (bundled terms and the project's own, tab-separated: English, Welsh, source, checked), changes the project's terms, or lists the sections whose Welsh does not use an agreed term.</source>
        <translation>Defnydd: sna glossary FFEIL.sna [--add EN=CY [--note TESTUN] [--unchecked]] [--remove EN]
       sna glossary FFEIL.sna --check [--doc strategy|sna]
Yn rhestru’r eirfa (y termau sy’n dod gyda’r rhaglen a rhai’r prosiect, wedi’u gwahanu gan dabiau: Saesneg, Cymraeg, ffynhonnell, gwirio), yn newid termau’r prosiect, neu’n rhestru’r adrannau nad yw eu Cymraeg yn defnyddio term cytûn.</translation>
    </message>
    <message>
        <source>Usage: sna translation export FILE.sna -o PACK.xlf [--doc strategy|sna|all] [--no-plan] [--only-needed]
       sna translation import FILE.sna PACK.xlf
Writes the project's texts as an XLIFF 1.2 translation pack for a translator, or reads one back: translations of unchanged sources become up to date, those of sources changed since the export stay stale.</source>
        <translation>Defnydd: sna translation export FFEIL.sna -o PECYN.xlf [--doc strategy|sna|all] [--no-plan] [--only-needed]
       sna translation import FFEIL.sna PECYN.xlf
Yn ysgrifennu testunau’r prosiect fel pecyn cyfieithu XLIFF 1.2 i gyfieithydd, neu’n darllen un yn ôl: daw cyfieithiadau o ffynonellau heb newid yn gyfredol, ac mae cyfieithiadau o ffynonellau a newidiodd ers yr allforio yn aros wedi dyddio.</translation>
    </message>
    <message>
        <source>Usage: sna check FILE.sna [--json] [--date YYYY-MM-DD]
Runs the compliance checklist and prints each item with pass, fail or n/a and the reason. Exits with status 1 when a required item fails. --date checks as of another day. --json prints {"items": [{"id", "title", "status", "required", "reason"}]}.</source>
        <translation>Defnydd: sna check FFEIL.sna [--json] [--date BBBB-MM-DD]
Yn rhedeg y rhestr wirio cydymffurfio ac yn argraffu pob eitem gyda pass, fail neu n/a a’r rheswm. Yn gadael â statws 1 pan fydd eitem ofynnol yn methu. Mae --date yn gwirio fel ar ddiwrnod arall. Mae --json yn argraffu {"items": [{"id", "title", "status", "required", "reason"}]}.</translation>
    </message>
    <message>
        <source>Document: strategy or sna.</source>
        <translation>Dogfen: strategy neu sna.</translation>
    </message>
    <message>
        <source>Section id.</source>
        <translation>Id yr adran.</translation>
    </message>
    <message>
        <source>Language of the text.</source>
        <translation>Iaith y testun.</translation>
    </message>
    <message>
        <source>File with the new text.</source>
        <translation>Ffeil gyda’r testun newydd.</translation>
    </message>
    <message>
        <source>Print the text.</source>
        <translation>Argraffu’r testun.</translation>
    </message>
    <message>
        <source>Format for --get.</source>
        <translation>Fformat ar gyfer --get.</translation>
    </message>
    <message>
        <source>give one project file: sna text FILE.sna --doc strategy --section ID --lang en --get</source>
        <translation>rhowch un ffeil prosiect: sna text FFEIL.sna --doc strategy --section ID --lang cy --get</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>mae angen --%1.</translation>
    </message>
    <message>
        <source>give either --set FILE or --get.</source>
        <translation>rhowch naill ai --set FFEIL neu --get.</translation>
    </message>
    <message>
        <source>the file to set must end in .html, .md or .txt: “%1”.</source>
        <translation>rhaid i’r ffeil i’w gosod orffen ag .html, .md neu .txt: “%1”.</translation>
    </message>
    <message>
        <source>--format must be md, html or txt, not “%1”.</source>
        <translation>rhaid i --format fod yn md, html neu txt, nid “%1”.</translation>
    </message>
    <message>
        <source>The %1 has no section “%2”. Its sections are: %3.</source>
        <translation>Nid oes adran “%2” yn y ddogfen %1. Ei hadrannau yw: %3.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Methu darllen “%1”: %2</translation>
    </message>
    <message>
        <source>Set the Welsh text of “%1”. Translation status: %2.</source>
        <translation>Gosodwyd testun Cymraeg “%1”. Statws y cyfieithiad: %2.</translation>
    </message>
    <message>
        <source>Set the English text of “%1”. Translation status: %2.</source>
        <translation>Gosodwyd testun Saesneg “%1”. Statws y cyfieithiad: %2.</translation>
    </message>
    <message>
        <source>give one project file: sna sections FILE.sna --doc strategy</source>
        <translation>rhowch un ffeil prosiect: sna sections FFEIL.sna --doc strategy</translation>
    </message>
    <message>
        <source>--doc is required (strategy or sna).</source>
        <translation>mae angen --doc (strategy neu sna).</translation>
    </message>
    <message>
        <source>Section %1 “%2” (%3)</source>
        <translation>Adran %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>  Source language: %1</source>
        <translation>  Iaith ffynhonnell: %1</translation>
    </message>
    <message>
        <source>  Translation: %1</source>
        <translation>  Cyfieithiad: %1</translation>
    </message>
    <message>
        <source>  Restricted: never published</source>
        <translation>  Cyfyngedig: ni chaiff ei chyhoeddi byth</translation>
    </message>
    <message>
        <source>  Not applicable: %1</source>
        <translation>  Ddim yn berthnasol: %1</translation>
    </message>
    <message>
        <source>  Statutory guidance, para %1</source>
        <translation>  Canllawiau statudol, paragraff %1</translation>
    </message>
    <message>
        <source>  Item: %1:%2</source>
        <translation>  Eitem: %1:%2</translation>
    </message>
    <message>
        <source>Add a section.</source>
        <translation>Ychwanegu adran.</translation>
    </message>
    <message>
        <source>Add after this section.</source>
        <translation>Ychwanegu ar ôl yr adran hon.</translation>
    </message>
    <message>
        <source>English title.</source>
        <translation>Teitl Saesneg.</translation>
    </message>
    <message>
        <source>Welsh title.</source>
        <translation>Teitl Cymraeg.</translation>
    </message>
    <message>
        <source>Language written first.</source>
        <translation>Yr iaith a ysgrifennwyd gyntaf.</translation>
    </message>
    <message>
        <source>Restricted: never published.</source>
        <translation>Cyfyngedig: ni chaiff ei chyhoeddi byth.</translation>
    </message>
    <message>
        <source>Mark not applicable, with the reason.</source>
        <translation>Marcio’n amherthnasol, gyda’r rheswm.</translation>
    </message>
    <message>
        <source>The reason in Welsh.</source>
        <translation>Y rheswm yn Gymraeg.</translation>
    </message>
    <message>
        <source>Mark applicable again.</source>
        <translation>Marcio’n berthnasol eto.</translation>
    </message>
    <message>
        <source>Mark the translation current.</source>
        <translation>Marcio’r cyfieithiad yn gyfredol.</translation>
    </message>
    <message>
        <source>Outline level.</source>
        <translation>Lefel yn yr amlinelliad.</translation>
    </message>
    <message>
        <source>Move among its siblings.</source>
        <translation>Symud ymhlith adrannau’r un lefel.</translation>
    </message>
    <message>
        <source>Embed an item.</source>
        <translation>Mewnosod eitem.</translation>
    </message>
    <message>
        <source>Remove an embedded item.</source>
        <translation>Tynnu eitem a fewnosodwyd.</translation>
    </message>
    <message>
        <source>Merge this section into another.</source>
        <translation>Cyfuno’r adran hon ag un arall.</translation>
    </message>
    <message>
        <source>Remove the section.</source>
        <translation>Tynnu’r adran.</translation>
    </message>
    <message>
        <source>give one project file: sna section FILE.sna --doc strategy --section ID …</source>
        <translation>rhowch un ffeil prosiect: sna section FFEIL.sna --doc strategy --section ID …</translation>
    </message>
    <message>
        <source>give either --section ID or --add.</source>
        <translation>rhowch naill ai --section ID neu --add.</translation>
    </message>
    <message>
        <source>--not-applicable and --applicable contradict each other.</source>
        <translation>mae --not-applicable a --applicable yn gwrth-ddweud ei gilydd.</translation>
    </message>
    <message>
        <source>--sensitive must be yes or no, not “%1”.</source>
        <translation>rhaid i --sensitive fod yn yes neu’n no, nid “%1”.</translation>
    </message>
    <message>
        <source>--level must be 1, 2 or 3, not “%1”.</source>
        <translation>rhaid i --level fod yn 1, 2 neu 3, nid “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an item that can be embedded; use one of: %2.</source>
        <translation>Nid yw “%1” yn eitem y gellir ei mewnosod; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>a new section needs --title-en or --title-cy.</source>
        <translation>mae angen --title-en neu --title-cy ar adran newydd.</translation>
    </message>
    <message>
        <source>Section “%1” cannot be at level %2 here: a section can be at most one level below the one before it.</source>
        <translation>Ni all adran “%1” fod ar lefel %2 yma: gall adran fod un lefel yn unig o dan yr un o’i blaen.</translation>
    </message>
    <message>
        <source>--not-applicable needs a reason.</source>
        <translation>mae angen rheswm ar --not-applicable.</translation>
    </message>
    <message>
        <source>The translation of “%1” is not out of date; there is nothing to confirm (status: %2).</source>
        <translation>Nid yw cyfieithiad “%1” wedi dyddio; does dim i’w gadarnhau (statws: %2).</translation>
    </message>
    <message>
        <source>--move must be up or down, not “%1”.</source>
        <translation>rhaid i --move fod yn up neu’n down, nid “%1”.</translation>
    </message>
    <message>
        <source>Section “%1” cannot move %2: it is already at the end of its level.</source>
        <translation>Ni all adran “%1” symud %2: mae eisoes ar ben ei lefel.</translation>
    </message>
    <message>
        <source>Cannot merge “%1” into “%2”: choose another section of the %3.</source>
        <translation>Methu cyfuno “%1” â “%2”: dewiswch adran arall yn y ddogfen %3.</translation>
    </message>
    <message>
        <source>Removed section “%1”.</source>
        <translation>Tynnwyd yr adran “%1”.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <source>Name of the partnership.</source>
        <translation>Enw’r bartneriaeth.</translation>
    </message>
    <message>
        <source>Named coordinator.</source>
        <translation>Y cydgysylltydd a enwir.</translation>
    </message>
    <message>
        <source>Add an area.</source>
        <translation>Ychwanegu ardal.</translation>
    </message>
    <message>
        <source>Remove an area.</source>
        <translation>Tynnu ardal.</translation>
    </message>
    <message>
        <source>Add an authority or partner.</source>
        <translation>Ychwanegu awdurdod neu bartner.</translation>
    </message>
    <message>
        <source>Type of the authority.</source>
        <translation>Math yr awdurdod.</translation>
    </message>
    <message>
        <source>Remove an authority.</source>
        <translation>Tynnu awdurdod.</translation>
    </message>
    <message>
        <source>When an authority was consulted.</source>
        <translation>Pryd yr ymgynghorwyd ag awdurdod.</translation>
    </message>
    <message>
        <source>Add a governance body.</source>
        <translation>Ychwanegu corff llywodraethu.</translation>
    </message>
    <message>
        <source>Remove a governance body.</source>
        <translation>Tynnu corff llywodraethu.</translation>
    </message>
    <message>
        <source>Due date of a milestone.</source>
        <translation>Dyddiad cau carreg filltir.</translation>
    </message>
    <message>
        <source>Date a milestone was done.</source>
        <translation>Y dyddiad y cyflawnwyd carreg filltir.</translation>
    </message>
    <message>
        <source>give one project file: sna profile FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna profile FFEIL.sna</translation>
    </message>
    <message>
        <source>give one --type for each --add-authority.</source>
        <translation>rhowch un --type ar gyfer pob --add-authority.</translation>
    </message>
    <message>
        <source>The partnership does not cover the area “%1”.</source>
        <translation>Nid yw’r bartneriaeth yn cwmpasu’r ardal “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a type of authority; use one of: %2.</source>
        <translation>Nid yw “%1” yn fath o awdurdod; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>There is no authority “%1” in the profile.</source>
        <translation>Nid oes awdurdod “%1” yn y proffil.</translation>
    </message>
    <message>
        <source>There is no governance body “%1” in the profile.</source>
        <translation>Nid oes corff llywodraethu “%1” yn y proffil.</translation>
    </message>
    <message>
        <source>“%1” is not a milestone; use one of: %2.</source>
        <translation>Nid yw “%1” yn garreg filltir; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Enw: %1</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Cydgysylltydd: %1</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Ardaloedd: %1</translation>
    </message>
    <message>
        <source>Authorities and partners:</source>
        <translation>Awdurdodau a phartneriaid:</translation>
    </message>
    <message>
        <source>specified authority</source>
        <translation>awdurdod penodedig</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>consulted %1</source>
        <translation>ymgynghorwyd %1</translation>
    </message>
    <message>
        <source>Governance bodies: %1</source>
        <translation>Cyrff llywodraethu: %1</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Cerrig milltir:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>wedi’i wneud %1</translation>
    </message>
    <message>
        <source>Next due: %1 on %2</source>
        <translation>Nesaf: %1 ar %2</translation>
    </message>
    <message>
        <source>Group as printed.</source>
        <translation>Grwpio fel y’i hargreffir.</translation>
    </message>
    <message>
        <source>Language of the grouped plan.</source>
        <translation>Iaith y cynllun wedi’i grwpio.</translation>
    </message>
    <message>
        <source>give one project file: sna actions FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna actions FFEIL.sna</translation>
    </message>
    <message>
        <source>--by must be priority or sector, not “%1”.</source>
        <translation>rhaid i --by fod yn priority neu’n sector, nid “%1”.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Blaenoriaeth %1: %2</translation>
    </message>
    <message>
        <source>English description.</source>
        <translation>Disgrifiad Saesneg.</translation>
    </message>
    <message>
        <source>Welsh description.</source>
        <translation>Disgrifiad Cymraeg.</translation>
    </message>
    <message>
        <source>English success measure.</source>
        <translation>Mesur llwyddiant Saesneg.</translation>
    </message>
    <message>
        <source>Welsh success measure.</source>
        <translation>Mesur llwyddiant Cymraeg.</translation>
    </message>
    <message>
        <source>Lead authority.</source>
        <translation>Yr awdurdod arweiniol.</translation>
    </message>
    <message>
        <source>Supporting partner.</source>
        <translation>Partner cefnogol.</translation>
    </message>
    <message>
        <source>Sector.</source>
        <translation>Sector.</translation>
    </message>
    <message>
        <source>Priority number.</source>
        <translation>Rhif y flaenoriaeth.</translation>
    </message>
    <message>
        <source>Start date.</source>
        <translation>Dyddiad dechrau.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Dyddiad cau.</translation>
    </message>
    <message>
        <source>Status.</source>
        <translation>Statws.</translation>
    </message>
    <message>
        <source>use: sna action FILE.sna add|set ID|remove ID [FIELDS]</source>
        <translation>defnyddiwch: sna action FFEIL.sna add|set ID|remove ID [MEYSYDD]</translation>
    </message>
    <message>
        <source>There is no action “%1” in the plan.</source>
        <translation>Nid oes cam gweithredu “%1” yn y cynllun.</translation>
    </message>
    <message>
        <source>Removed action %1.</source>
        <translation>Tynnwyd cam gweithredu %1.</translation>
    </message>
    <message>
        <source>There is no priority %1; the plan has %2.</source>
        <translation>Nid oes blaenoriaeth %1; nifer y blaenoriaethau yn y cynllun: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use one of: %2.</source>
        <translation>Nid yw “%1” yn statws; defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>Every action needs a title.</source>
        <translation>Mae angen teitl ar bob cam gweithredu.</translation>
    </message>
    <message>
        <source>Added action %1: %2. Translation: %3.</source>
        <translation>Ychwanegwyd cam gweithredu %1: %2. Cyfieithiad: %3.</translation>
    </message>
    <message>
        <source>Changed action %1: %2. Translation: %3.</source>
        <translation>Newidiwyd cam gweithredu %1: %2. Cyfieithiad: %3.</translation>
    </message>
    <message>
        <source>SNA section it comes from.</source>
        <translation>Adran yr asesiad y daw ohoni.</translation>
    </message>
    <message>
        <source>use: sna priority FILE.sna add|set ID|remove ID [FIELDS]</source>
        <translation>defnyddiwch: sna priority FFEIL.sna add|set ID|remove ID [MEYSYDD]</translation>
    </message>
    <message>
        <source>There is no priority “%1” in the plan.</source>
        <translation>Nid oes blaenoriaeth “%1” yn y cynllun.</translation>
    </message>
    <message>
        <source>The SNA has no section “%1”. Its sections are: %2.</source>
        <translation>Nid oes adran “%1” yn yr asesiad. Ei adrannau yw: %2.</translation>
    </message>
    <message>
        <source>a priority needs --title-en or --title-cy.</source>
        <translation>mae angen --title-en neu --title-cy ar flaenoriaeth.</translation>
    </message>
    <message>
        <source>Removed priority %1.</source>
        <translation>Tynnwyd blaenoriaeth %1.</translation>
    </message>
    <message>
        <source>Add or override a term.</source>
        <translation>Ychwanegu neu ddisodli term.</translation>
    </message>
    <message>
        <source>Note on the term.</source>
        <translation>Nodyn am y term.</translation>
    </message>
    <message>
        <source>Offer the term without checking texts for it.</source>
        <translation>Cynnig y term heb wirio testunau amdano.</translation>
    </message>
    <message>
        <source>Remove a project term.</source>
        <translation>Tynnu un o dermau’r prosiect.</translation>
    </message>
    <message>
        <source>List sections that do not use agreed terms.</source>
        <translation>Rhestru adrannau nad ydynt yn defnyddio termau cytûn.</translation>
    </message>
    <message>
        <source>give one project file: sna glossary FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna glossary FFEIL.sna</translation>
    </message>
    <message>
        <source>--add needs ENGLISH=WELSH, e.g. --add "hub=hyb".</source>
        <translation>mae angen SAESNEG=CYMRAEG ar --add, e.e. --add "hub=hyb".</translation>
    </message>
    <message>
        <source>The project has no term “%1” of its own (bundled terms can be overridden, not removed).</source>
        <translation>Nid oes gan y prosiect derm “%1” ei hun (gellir disodli’r termau sy’n dod gyda’r rhaglen, ond nid eu tynnu).</translation>
    </message>
    <message>
        <source>Pack to write.</source>
        <translation>Y pecyn i’w ysgrifennu.</translation>
    </message>
    <message>
        <source>Document: strategy, sna or all.</source>
        <translation>Dogfen: strategy, sna neu all.</translation>
    </message>
    <message>
        <source>Leave out the action plan.</source>
        <translation>Gadael y cynllun gweithredu allan.</translation>
    </message>
    <message>
        <source>Only missing and out-of-date translations.</source>
        <translation>Dim ond cyfieithiadau sydd ar goll neu wedi dyddio.</translation>
    </message>
    <message>
        <source>use: sna translation export FILE.sna -o PACK.xlf</source>
        <translation>defnyddiwch: sna translation export FFEIL.sna -o PECYN.xlf</translation>
    </message>
    <message>
        <source>--doc must be strategy, sna or all, not “%1”.</source>
        <translation>rhaid i --doc fod yn strategy, sna neu all, nid “%1”.</translation>
    </message>
    <message>
        <source>Wrote %1: texts: %2; needing translation: %3.</source>
        <translation>Ysgrifennwyd %1: testunau: %2; angen eu cyfieithu: %3.</translation>
    </message>
    <message>
        <source>use: sna translation import FILE.sna PACK.xlf</source>
        <translation>defnyddiwch: sna translation import FFEIL.sna PECYN.xlf</translation>
    </message>
    <message>
        <source>Imported %1: updated: %2; confirmed: %3; still out of date (source changed): %4; unchanged: %5; skipped: %6.</source>
        <translation>Mewnforiwyd %1: diweddarwyd: %2; cadarnhawyd: %3; yn dal wedi dyddio (newidiodd y ffynhonnell): %4; heb newid: %5; hepgorwyd: %6.</translation>
    </message>
    <message>
        <source>use: sna translation export|import …</source>
        <translation>defnyddiwch: sna translation export|import …</translation>
    </message>
    <message>
        <source>Check as of this day.</source>
        <translation>Gwirio fel ar y diwrnod hwn.</translation>
    </message>
    <message>
        <source>give one project file: sna check FILE.sna</source>
        <translation>rhowch un ffeil prosiect: sna check FFEIL.sna</translation>
    </message>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <source>Required items failing: %1</source>
        <translation>Eitemau gofynnol sy’n methu: %1</translation>
    </message>
</context>
</TS>
