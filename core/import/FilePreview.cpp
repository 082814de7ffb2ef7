#include "import/FilePreview.h"

#include "import/RecordStream.h"

namespace sna {

Result<FilePreview> FilePreview::read(const QString& path, TextEncoding encoding, int rowLimit)
{
    RecordStream stream(path, encoding);
    if (auto opened = stream.open(); !opened)
        return opened.error();
    FilePreview preview;
    preview.header = stream.header();
    preview.fileSize = stream.totalBytes();
    preview.candidates = FormatRegistry::detect(preview.header);
    stream.start({}, false);
    while (preview.rows.size() < rowLimit && stream.next()) {
        QStringList row;
        for (std::string_view field : stream.fields())
            row << QString::fromUtf8(field.data(), qsizetype(field.size()));
        preview.rows << row;
        preview.lines << stream.lineNumber();
    }
    preview.encoding = stream.encoding();
    return preview;
}

QStringList FilePreview::distinctValues(int column, int limit) const
{
    QStringList values;
    for (const QStringList& row : rows) {
        const QString value = row.value(column).trimmed();
        if (!value.isEmpty() && !values.contains(value)) {
            values << value;
            if (values.size() >= limit)
                break;
        }
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace sna
