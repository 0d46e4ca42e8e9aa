/// LICENSE: the SPDX id, a copyright line and the canonical URL. The project ships no licence texts; the
/// full text is added only where the machine already has it (Debian's /usr/share/common-licenses).
public enum LicenseFile {
    /// Where licence texts may already be installed; LICENSE_ADVISOR_LICENSE_TEXTS overrides it (tests).
    public static var textDirectories: [String] {
        if let dirs = FileSystem.environment("LICENSE_ADVISOR_LICENSE_TEXTS") {
            return dirs.split(separator: ":").map(String.init)
        }
        return ["/usr/share/common-licenses"]
    }

    public static func render(_ licence: Licence, metadata: DepositMetadata, part: String) -> String {
        var lines: [String] = []
        lines.append("SPDX-License-Identifier: \(licence.id)")
        lines.append("")
        let holders = metadata.institution.map { metadata.authorList.isEmpty ? $0 : "\(metadata.authorList) (\($0))" } ?? metadata.authorList
        if licence.properties.contains("public-domain") || licence.databaseRight == "waived" {
            lines.append("\(metadata.title), by \(holders), is dedicated or marked under \(licence.name).")
        } else {
            lines.append("Copyright (c) \(metadata.year) \(holders)")
            lines.append("")
            let verb = part == "weights" ? "are" : "is"
            lines.append("The \(part == "all" ? "work" : part) in this deposit \(verb) licensed under the \(licence.name) (\(licence.id)).")
        }
        lines.append("The legal text: \(licence.url)")
        if let text = fullText(for: licence.id) {
            lines.append("")
            lines.append(String(repeating: "-", count: 72))
            lines.append("")
            lines.append(text)
        }
        return Sanitizer.text(lines.joined(separator: "\n")) + "\n"
    }

    /// Looks for the text under the id and its usual short forms (GPL-3.0-or-later → GPL-3).
    public static func fullText(for id: String) -> String? {
        var names = [id]
        var short = id
        for suffix in ["-or-later", "-only"] where short.hasSuffix(suffix) { short = String(short.dropLast(suffix.count)) }
        names.append(short)
        if short.hasSuffix(".0") { names.append(String(short.dropLast(2))) }
        for dir in textDirectories {
            for name in names {
                let path = dir + "/" + name
                if let data = FileSystem.read(path), let text = String(validating: data, as: UTF8.self) {
                    return text
                }
            }
        }
        return nil
    }
}
