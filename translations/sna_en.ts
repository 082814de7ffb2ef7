<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>sna::ImportGuardPage</name>
    <message numerus="yes">
        <source>No personal data was found in the %Ln row(s) of the file.</source>
        <translation>
            <numerusform>No personal data was found in the %Ln row of the file.</numerusform>
            <numerusform>No personal data was found in the %Ln rows of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::ImportPipeline</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %Ln of its %2 rows have problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</source>
        <translation>
            <numerusform>“%1” was not imported: %Ln of its %2 rows has problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</numerusform>
            <numerusform>“%1” was not imported: %Ln of its %2 rows have problems. Correct the file, or choose to store the good rows and keep a report of the rejected ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::ImportPreviewPage</name>
    <message numerus="yes">
        <source>Personal data check: nothing found in %Ln row(s).</source>
        <translation>
            <numerusform>Personal data check: nothing found in %Ln row.</numerusform>
            <numerusform>Personal data check: nothing found in %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sna::IssuesPanel</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <comment>issues panel</comment>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
</TS>
