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
        <source>Usage: sna import FILE.sna DATA.csv [--format auto|police-uk] [--partner NAME]
                  [--on-error reject|skip] [--duplicate refuse|replace|skip]
Imports a data.police.uk street-level crime file in one transaction and prints the rows read, stored and rejected. By default a file with any bad row is refused with the bad lines named, and a file imported before is refused.</source>
        <translation>Defnydd: sna import FFEIL.sna DATA.csv [--format auto|police-uk] [--partner ENW]
                  [--on-error reject|skip] [--duplicate refuse|replace|skip]
Yn mewnforio ffeil troseddau ar lefel stryd data.police.uk mewn un trafodiad ac yn argraffu nifer y rhesi a ddarllenwyd, a storiwyd ac a wrthodwyd. Yn ddiofyn, caiff ffeil ag unrhyw res wael ei gwrthod, gan enwi’r llinellau gwael, a chaiff ffeil a fewnforiwyd o’r blaen ei gwrthod.</translation>
    </message>
    <message>
        <source>Usage: sna summary FILE.sna [--json]
Prints the total number of records, the records by month and by category.</source>
        <translation>Defnydd: sna summary FFEIL.sna [--json]
Yn argraffu cyfanswm y cofnodion, a’r cofnodion fesul mis a fesul categori.</translation>
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
        <source>the format “%1” is not supported; use auto or police-uk.</source>
        <translation>ni chefnogir y fformat “%1”; defnyddiwch auto neu police-uk.</translation>
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
        <source>Skipped %1: it was imported before.</source>
        <translation>Hepgorwyd %1: fe’i mewnforiwyd o’r blaen.</translation>
    </message>
    <message>
        <source>Imported %1 as dataset %2.</source>
        <translation>Mewnforiwyd %1 fel set ddata %2.</translation>
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
        <source>Partner</source>
        <translation>Partner</translation>
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
        <source>Data imported into this project. Each import keeps its file name, content hash, period and row counts.</source>
        <translation>Data a fewnforiwyd i’r prosiect hwn. Mae pob mewnforiad yn cadw enw’r ffeil, stwnsh y cynnwys, y cyfnod a nifer y rhesi.</translation>
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
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>&amp;Publication Pack…</source>
        <translation>Pecyn &amp;Cyhoeddi…</translation>
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
    <name>sna::PoliceUkImporter</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Nid yw’r ffeil “%1” yn bodoli.</translation>
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
        <source>“%1” is not a data.police.uk street-level crime file: its header lacks the columns “Month”, “Falls within” and “Crime type”. The header found was: %2</source>
        <translation>Nid yw “%1” yn ffeil troseddau ar lefel stryd data.police.uk: nid oes gan ei phennawd y colofnau “Month”, “Falls within” a “Crime type”. Y pennawd a gafwyd oedd: %2</translation>
    </message>
    <message>
        <source>Could not record the import</source>
        <translation>Methu cofnodi’r mewnforiad</translation>
    </message>
    <message>
        <source>Could not prepare the import</source>
        <translation>Methu paratoi’r mewnforiad</translation>
    </message>
    <message>
        <source>The import of “%1” was cancelled; nothing was imported.</source>
        <translation>Diddymwyd mewnforio “%1”; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>disgwylid nifer y meysydd: %1 (fel yn y pennawd); cafwyd: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation>nid yw’r testun yn UTF-8 dilys; cadwch y ffeil fel UTF-8 a’i mewnforio eto</translation>
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
        <source>Could not record a rejected row</source>
        <translation>Methu cofnodi rhes a wrthodwyd</translation>
    </message>
    <message>
        <source>Could not store line %1</source>
        <translation>Methu storio llinell %1</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>Could not store the import&apos;s dictionaries</source>
        <translation>Methu storio geiriaduron y mewnforiad</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… a %1 arall.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 of its %3 rows have problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</source>
        <translation>Ni fewnforiwyd “%1”: mae problemau mewn %2 o’i %3 o resi. Cywirwch y ffeil, neu dewiswch storio’r rhesi da a chadw adroddiad am y rhai a wrthodwyd.</translation>
    </message>
    <message>
        <source>“%1” was already imported (dataset %2, on %3). Nothing was imported: replace the earlier import or skip this file.</source>
        <translation>Mae “%1” wedi’i mewnforio eisoes (set ddata %2, ar %3). Ni fewnforiwyd dim: disodlwch y mewnforiad cynharach neu hepgorwch y ffeil hon.</translation>
    </message>
    <message>
        <source>Could not store the import&apos;s totals</source>
        <translation>Methu storio cyfansymiau’r mewnforiad</translation>
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
</TS>
