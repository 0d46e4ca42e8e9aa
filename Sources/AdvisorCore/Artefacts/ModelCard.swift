/// A Hugging Face model card: YAML front matter with the hub's licence id, then the card's sections
/// as headings to fill (facts C6; Mitchell et al. 2019, facts D).
public enum ModelCard {
    public static func render(metadata: DepositMetadata, licence: Licence?, advice: Advice, rules: RuleSet) -> String {
        var front = "---\n"
        if let licence {
            if let hub = licence.aliases["huggingface"] {
                front += "license: \(hub)\n"
            } else {
                front += "license: other\n"
                front += "license_name: \(licence.id.lowercased())\n"
                front += "license_link: \(licence.url)\n"
            }
        } else {
            front += "license: unknown\n"
        }
        front += "---\n\n"
        let warnings = advice.warnings.map { w in
            "- **\(rules.warningKinds.first { $0.id == w.id }?.title ?? w.id)** (\(w.severity)): \(w.text)"
        }
        let body = """
        # Model card for \(metadata.title)

        ## Model details

        - **Developed by:** \(metadata.authorList)\(metadata.institution.map { ", \($0)" } ?? "")
        - **Licence:** \(licence.map { "\($0.name) (\($0.id))" } ?? "none recommended; see the report")
        - **Openness:** \(advice.openness ?? "not assessed")

        ## Uses

        ### Direct use

        ### Out-of-scope use

        ## Bias, risks and limitations

        \(warnings.joined(separator: "\n"))

        ## Training details

        ### Training data

        ### Training procedure

        ## Evaluation

        Report results disaggregated across relevant groups.

        ## Environmental impact

        ## Citation

        ## Model card contact

        """
        return Sanitizer.text(front + body)
    }
}
