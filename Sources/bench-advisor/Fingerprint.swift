import AdvisorCore
import AdvisorRules

/// `fingerprint FILE`: for every answers line, everything `advise` decides, in every output form, so
/// two builds of the engine can be compared byte for byte (`cmp`) over a large generated input.
enum Fingerprint {
    static func run(path: String) {
        guard let bytes = FileIO.read(path) else { fail("cannot read \(path)") }
        let rules = BuiltinRules.ruleSet()
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: true, cacheSize: 0)
        var out = ""
        for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let text = String(decoding: line, as: UTF8.self)
            out += "== line \(n + 1)\n"
            do {
                for assume in [true, false] {
                    let advice = advise(rules, try evaluator.answers(line: text), assumeDefaults: assume)
                    out += advice.json(rules: rules).serialized() + "\n"
                    for f in advice.fired { out += "fired \(f.table)/\(f.row): \(f.because) \(f.sources)\n" }
                    for m in advice.excludedServices { out += "excluded \(m.service.id): \(m.reasons)\n" }
                    for r in advice.walk.routes { out += "route \(r.router) -> \(r.next) \(r.because ?? "-")\n" }
                    out += advice.signature + "\n"
                    if n % 50 == 0 { out += advice.text(rules: rules) + advice.markdown(rules: rules) }
                }
            } catch {
                out += "error \(error)\n"
            }
            if out.utf8.count > 1 << 20 {
                FileIO.write(fd: 1, out)
                out = ""
            }
        }
        FileIO.write(fd: 1, out)
    }
}
