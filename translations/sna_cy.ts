<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opsiwn anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsiynau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Dim gwerth ar ôl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Gwerth annisgwyl ar ôl &apos;%1&apos;.</translation>
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
        <source>Don&apos;t Save</source>
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
    <name>sna::AnalysisSettings</name>
    <message>
        <source>A suppression or reliability threshold must be between 0 and 100, not %1.</source>
        <translation>Rhaid i drothwy atal neu ddibynadwyedd fod rhwng 0 a 100, nid %1.</translation>
    </message>
    <message>
        <source>The baseline year must be between 2000 and 2100, not %1.</source>
        <translation>Rhaid i’r flwyddyn sylfaen fod rhwng 2000 a 2100, nid %1.</translation>
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
        <source>The mapping “%1” must start with &quot;sna_mapping&quot;: %2 (this version of SNA Studio reads mapping format %2).</source>
        <translation>Rhaid i’r mapio “%1” ddechrau gyda &quot;sna_mapping&quot;: %2 (mae’r fersiwn hon o SNA Studio yn darllen fformat mapio %2).</translation>
    </message>
    <message>
        <source>The mapping “%1” has an unknown authority_type “%2”; use one of %3.</source>
        <translation>Mae gan y mapio “%1” authority_type anhysbys “%2”; defnyddiwch un o’r rhain: %3.</translation>
    </message>
    <message>
        <source>The mapping “%1” needs a non-empty &quot;columns&quot; list.</source>
        <translation>Mae angen rhestr &quot;columns&quot; nad yw’n wag ar y mapio “%1”.</translation>
    </message>
    <message>
        <source>The mapping “%1”: entry %2 of &quot;columns&quot; has no &quot;column&quot;.</source>
        <translation>Y mapio “%1”: nid oes &quot;column&quot; gan gofnod %2 yn &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping “%1”: column “%2” has the unknown field “%3”; use one of %4.</source>
        <translation>Y mapio “%1”: mae gan y golofn “%2” y maes anhysbys “%3”; defnyddiwch un o’r rhain: %4.</translation>
    </message>
    <message>
        <source>The mapping “%1”: the area column “%2” needs a &quot;level&quot;: one of lsoa, msoa, ward, lad, csp, pfa.</source>
        <translation>Y mapio “%1”: mae angen &quot;level&quot; ar golofn yr ardal “%2”: un o lsoa, msoa, ward, lad, csp, pfa.</translation>
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
        <source>The mapping “%1”: the category “%2” must map to a text (or to &quot;&quot; when it is outside the local definition).</source>
        <translation>Y mapio “%1”: rhaid i’r categori “%2” fapio i destun (neu i &quot;&quot; pan fydd y tu allan i’r diffiniad lleol).</translation>
    </message>
    <message>
        <source>The mapping “%1” maps no column to &quot;date&quot; or &quot;period&quot;: every record needs a date or a period.</source>
        <translation>Nid yw’r mapio “%1” yn mapio unrhyw golofn i &quot;date&quot; na &quot;period&quot;: mae angen dyddiad neu gyfnod ar bob cofnod.</translation>
    </message>
    <message>
        <source>The mapping “%1” maps no column to &quot;category&quot;.</source>
        <translation>Nid yw’r mapio “%1” yn mapio unrhyw golofn i &quot;category&quot;.</translation>
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
        <source>Usage: sna summary FILE.sna [--json]
Prints the total number of records, the records by month and by category.</source>
        <translation>Defnydd: sna summary FFEIL.sna [--json]
Yn argraffu cyfanswm y cofnodion, a’r cofnodion fesul mis a fesul categori.</translation>
    </message>
    <message>
        <source>Usage: sna export FILE.sna [--doc strategy|sna] --lang en|cy --format pdf -o OUT.pdf [--draft]
Writes a document as PDF in English or Welsh. --doc defaults to the strategy.</source>
        <translation>Defnydd: sna export FFEIL.sna [--doc strategy|sna] --lang en|cy --format pdf -o ALLBWN.pdf [--draft]
Yn ysgrifennu dogfen fel PDF yn Gymraeg neu yn Saesneg. Y strategaeth yw’r ddogfen os na roddir --doc.</translation>
    </message>
    <message>
        <source>Usage: sna demo FILE.sna
Creates the demonstration project (synthetic data) at FILE.sna.</source>
        <translation>Defnydd: sna demo FFEIL.sna
Yn creu’r prosiect enghreifftiol (data synthetig) yn FFEIL.sna.</translation>
    </message>
    <message>
        <source>Usage: sna [--ui-lang en|cy] COMMAND [OPTIONS]

Commands:
  new       create a project
  import    import partner data into a project
  summary   summarise the data in a project
  export    write a document as PDF
  demo      create the demonstration project
  help      show help for a command (sna help COMMAND)

--ui-lang sets the language of these messages; --lang is always the language of a document.</source>
        <translation>Defnydd: sna [--ui-lang en|cy] GORCHYMYN [OPSIYNAU]

Gorchmynion:
  new       creu prosiect
  import    mewnforio data partneriaid i brosiect
  summary   crynhoi’r data mewn prosiect
  export    ysgrifennu dogfen fel PDF
  demo      creu’r prosiect enghreifftiol
  help      dangos cymorth ar gyfer gorchymyn (sna help GORCHYMYN)

Mae --ui-lang yn gosod iaith y negeseuon hyn; iaith dogfen yw --lang bob amser.</translation>
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
        <source>Document: strategy or sna.</source>
        <translation>Dogfen: strategy neu sna.</translation>
    </message>
    <message>
        <source>Language of the document: en or cy.</source>
        <translation>Iaith y ddogfen: en neu cy.</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Fformat yr allbwn.</translation>
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
        <source>--lang is required (en or cy).</source>
        <translation>mae angen --lang (en neu cy).</translation>
    </message>
    <message>
        <source>--lang must be en or cy, not “%1”.</source>
        <translation>rhaid i --lang fod yn en neu’n cy, nid “%1”.</translation>
    </message>
    <message>
        <source>the format “%1” is not supported; use pdf.</source>
        <translation>ni chefnogir y fformat “%1”; defnyddiwch pdf.</translation>
    </message>
    <message>
        <source>-o OUT.pdf is required.</source>
        <translation>mae angen -o ALLBWN.pdf.</translation>
    </message>
    <message>
        <source>--doc must be strategy or sna, not “%1”.</source>
        <translation>rhaid i --doc fod yn strategy neu’n sna, nid “%1”.</translation>
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
        <source>Records: %1 · Months: %2 · Datasets: %3</source>
        <translation>Cofnodion: %1 · Misoedd: %2 · Setiau data: %3</translation>
    </message>
    <message>
        <source>From %1 to %2. Every imported record counts here, before the local definition of serious violence is applied.</source>
        <translation>Cyfnod: %1 – %2. Mae pob cofnod a fewnforiwyd yn cyfrif yma, cyn cymhwyso’r diffiniad lleol o drais difrifol.</translation>
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
    <name>sna::DocumentEditorPanel</name>
    <message>
        <source>%1 · Statutory guidance, para %2</source>
        <translation>%1 · Canllawiau statudol, paragraff %2</translation>
    </message>
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
        <source>Mark the translation as current without changing it</source>
        <translation>Nodi bod y cyfieithiad yn gyfredol heb ei newid</translation>
    </message>
    <message>
        <source>Figures placed after this section’s text, drawn from the project’s data: %1</source>
        <translation>Ffigurau a roddir ar ôl testun yr adran hon, wedi’u llunio o ddata’r prosiect: %1</translation>
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
        <source>Could not store the import&apos;s records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Suppressed or unavailable values kept as missing (not zero): %1.</source>
        <translation>Gwerthoedd wedi’u hatal neu heb fod ar gael a gadwyd fel rhai coll (nid sero): %1.</translation>
    </message>
</context>
<context>
    <name>sna::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
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
        <source>&amp;Language of the document:</source>
        <translation>&amp;Iaith y ddogfen:</translation>
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
        <source>Could not store the import&apos;s records</source>
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
        <source>No personal data was found in the %1 rows of the file.</source>
        <translation>Ni chafwyd data personol yn rhesi’r ffeil (cyfanswm: %1).</translation>
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
        <source>The partner’s categories (from the first rows) and the local category of serious violence each counts towards; leave it empty if not yet decided:</source>
        <translation>Categorïau’r partner (o’r rhesi cyntaf) a’r categori lleol o drais difrifol y mae pob un yn cyfrif tuag ato; gadewch yn wag os na phenderfynwyd eto:</translation>
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
        <source>Record the basis on which %1 shared “%2” (--basis, e.g. &quot;PCSC Act 2022 s.16&quot; or a data sharing agreement reference).</source>
        <translation>Cofnodwch y sail y rhannodd %1 “%2” arni (--basis, e.e. &quot;PCSC Act 2022 s.16&quot; neu gyfeirnod cytundeb rhannu data).</translation>
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
        <source>… and %1 more.</source>
        <translation>… a rhagor: %1.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 of its %3 rows have problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</source>
        <translation>Ni fewnforiwyd “%1”: mae problemau mewn %2 o’i %3 o resi. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</translation>
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
        <translation>Mewnforiwyd “%1” eisoes (set ddata %2, ar %3). Ni fewnforiwyd dim: disodlwch y mewnforiad cynharach neu hepgorwch y ffeil hon.</translation>
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
        <source>Personal data check: nothing found in %1 rows.</source>
        <translation>Gwirio am ddata personol: ni chafwyd dim (rhesi: %1).</translation>
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
        <source>&amp;Export PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
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
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>Nid oedd modd cadw eich newidiadau diweddaraf: %1</translation>
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
        <source>Could not store the import&apos;s records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Categories not yet mapped to the local definition of serious violence: %1.</source>
        <translation>Categorïau nad ydynt wedi’u mapio eto i’r diffiniad lleol o drais difrifol: %1.</translation>
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
        <source>Could not save the category mapping</source>
        <translation>Methu cadw mapio’r categorïau</translation>
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
</context>
<context>
    <name>sna::PdfExportController</name>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>The PDF has been saved as “%1”.</source>
        <translation>Mae’r PDF wedi’i gadw fel “%1”.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Agor y PDF</translation>
    </message>
</context>
<context>
    <name>sna::PdfExporter</name>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>Methu ysgrifennu “%1”: %2. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not start writing “%1”. Nothing was written.</source>
        <translation>Methu dechrau ysgrifennu “%1”. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not write page %1 of “%2”. Nothing was written.</source>
        <translation>Methu ysgrifennu tudalen %1 o “%2”. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not finish writing “%1”. Nothing was written.</source>
        <translation>Methu gorffen ysgrifennu “%1”. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Nothing was written.</source>
        <translation>Methu cadw “%1”: %2. Ni ysgrifennwyd dim.</translation>
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
        <translation>nid yw’n god ACEHI (E01 neu W01 a chwe digid)</translation>
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
        <source>Could not store the import&apos;s records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import&apos;s dictionaries</source>
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
        <translation>nid yw’n god ACEHI (E01 neu W01 a chwe digid)</translation>
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
        <source>Could not store the import&apos;s records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import&apos;s dictionaries</source>
        <translation>Methu storio geiriaduron y mewnforiad</translation>
    </message>
    <message>
        <source>Could not store the import&apos;s totals</source>
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
        <source>Could not store the import&apos;s records</source>
        <translation>Methu storio cofnodion y mewnforiad</translation>
    </message>
    <message>
        <source>The population&apos;s year is not in the file or its name; it was recorded as unknown.</source>
        <translation>Nid yw blwyddyn y boblogaeth yn y ffeil nac yn ei henw; fe’i cofnodwyd yn anhysbys.</translation>
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
</context>
<context>
    <name>sna::ProfileStore</name>
    <message>
        <source>Could not read the partnership profile</source>
        <translation>Methu darllen proffil y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership&apos;s areas</source>
        <translation>Methu darllen ardaloedd y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not read the partnership&apos;s authorities</source>
        <translation>Methu darllen awdurdodau’r bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership profile</source>
        <translation>Methu cadw proffil y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership&apos;s areas</source>
        <translation>Methu cadw ardaloedd y bartneriaeth</translation>
    </message>
    <message>
        <source>Could not save the partnership&apos;s authorities</source>
        <translation>Methu cadw awdurdodau’r bartneriaeth</translation>
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
    <name>sna::RecordStream</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Nid yw’r ffeil “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>Nid yw “%1” yn ffeil.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Methu darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read as CSV: %2</source>
        <translation>Nid oedd modd darllen “%1” fel CSV: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Mae “%1” yn wag.</translation>
    </message>
    <message>
        <source>This build of SNA Studio cannot decode Windows-1252 text; save “%1” as UTF-8 and import it again.</source>
        <translation>Ni all y fersiwn hon o SNA Studio ddatgodio testun Windows-1252; cadwch “%1” fel UTF-8 a’i mewnforio eto.</translation>
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
        <source>Could not store the import&apos;s records</source>
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
</TS>
