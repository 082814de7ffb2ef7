#pragma once

#include <QString>

#include <optional>

namespace sna {

// The text encodings partner files arrive in: UTF-8 (with or without a byte-order mark) and
// Windows-1252, which Excel on Windows writes when a workbook is saved as plain "CSV".
enum class TextEncoding { Auto, Utf8, Windows1252 };

QString textEncodingCode(TextEncoding encoding); // "auto", "utf-8", "windows-1252"
std::optional<TextEncoding> textEncodingFromCode(const QString& code);

} // namespace sna
