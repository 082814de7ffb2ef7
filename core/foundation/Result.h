#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sna {

// A failure that a user can act on: `message` is translated and names the problem
// (file, line, column, value); `details` carries supporting lines such as the first bad rows.
struct Error {
    QString message;
    QStringList details;
    QString code; // machine-readable kind, where a caller may offer a choice ("duplicate" …)

    QString fullText() const
    {
        if (details.isEmpty())
            return message;
        return message + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    }
};

// Errors travel as values from core to the UI and the command line; nothing in core throws
// for an expected failure or prints it.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(QString message, QStringList details = {}, QString code = {})
{
    return Error{std::move(message), std::move(details), std::move(code)};
}

// QtSql binds a null QString as SQL NULL; text columns in the project file are NOT NULL.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace sna
