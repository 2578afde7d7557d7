import Foundation
import Redaction

/// The self-contained HTML page of `redact scan --html`: no external assets, every piece
/// of text escaped, findings highlighted by label colour with rule and score on hover.
enum ScanHTML {
    /// Background colours of the guidelines' labels; other labels get a hue from their name.
    static let colours: [Label: String] = [
        .person: "#ffb3ba", .badge: "#ffd59e", .location: "#b5e8b0", .date: "#aed8ff", .phone: "#d9c2ff",
        .time: "#c8f0f0", .email: "#f7c8e8", .url: "#e0e0a0", .org: "#ffc9a8", .plate: "#cfd8dc",
        .id: "#e6ccb3", .unanalysed: "#9e9e9e",
    ]

    /// The colour of `label`.
    static func colour(_ label: Label) -> String {
        if let known = colours[label] { return known }
        let hue = label.rawValue.unicodeScalars.reduce(UInt32(7)) { ($0 &* 31 &+ $1.value) % 360 }
        return "hsl(\(hue), 70%, 80%)"
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // C0 controls other than tab, line feed and carriage return are not allowed in HTML.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The page for `documents`.
    static func page(_ documents: [ScanDocument], show: Bool) -> String {
        let labels = Array(Set(documents.flatMap { $0.findings.map(\.label) })).sorted {
            (Label.all.firstIndex(of: $0) ?? Int.max, $0.rawValue) < (Label.all.firstIndex(of: $1) ?? Int.max, $1.rawValue)
        }
        let classes = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, "l\($0)") })
        let counts = Dictionary(grouping: documents.flatMap(\.findings), by: \.label).mapValues(\.count)
        let total = documents.reduce(0) { $0 + $1.findings.count }

        var css = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#222;background:#fafafa}
            h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.05rem;margin:1.5rem 0 .4rem;font-family:ui-monospace,monospace}
            .summary{color:#555;margin:.2rem 0 1rem}
            .legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 1rem;padding:0;list-style:none}
            .legend li{padding:.15rem .5rem;border-radius:.3rem;font-size:.85rem;border:1px solid rgba(0,0,0,.15)}
            pre.doc{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:1rem;line-height:1.6;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9rem}
            mark{border-radius:.2rem;padding:0 .1rem;color:inherit;box-shadow:inset 0 -2px 0 rgba(0,0,0,.25)}
            mark.masked{font-size:.75rem;font-weight:600;letter-spacing:.03em}
            .none{color:#777;font-style:italic}

            """
        for label in labels { css += "mark.\(classes[label]!),.legend .\(classes[label]!){background:\(colour(label))}\n" }

        var body = "<h1>redact scan</h1>\n"
        body += "<p class=\"summary\">\(total) finding\(total == 1 ? "" : "s") in \(documents.count) input\(documents.count == 1 ? "" : "s"). "
        body += show ? "Identifiers are shown." : "Identifiers are masked; run with --show to see them."
        body += " Hover over a highlight for its rule and score.</p>\n"
        if labels.isEmpty {
            body += "<p class=\"none\">No findings.</p>\n"
        } else {
            body += "<ul class=\"legend\" aria-label=\"Legend\">"
            for label in labels { body += "<li class=\"\(classes[label]!)\">\(escape(label.rawValue)) (\(counts[label] ?? 0))</li>" }
            body += "</ul>\n"
        }
        for document in documents {
            body += "<section>\n<h2>\(escape(document.name))</h2>\n<pre class=\"doc\">"
            var cursor = 0
            for finding in document.findings {
                body += escape(document.text.slice(cursor..<finding.range.lowerBound))
                let title = "\(finding.label.rawValue) · rule \(finding.rule) · score " + String(format: "%.2f", finding.score)
                let content = show ? escape(document.text.slice(finding.range)) : escape("[\(finding.label.rawValue)]")
                body += "<mark class=\"\(classes[finding.label]!)\(show ? "" : " masked")\" title=\"\(escape(title))\">\(content)</mark>"
                cursor = finding.range.upperBound
            }
            body += escape(document.text.slice(cursor..<document.text.utf8.count))
            body += "</pre>\n</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>redact scan</title>
            <style>
            \(css)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}
