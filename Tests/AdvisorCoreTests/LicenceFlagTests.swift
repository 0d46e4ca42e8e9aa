import AdvisorCore
import AdvisorRules
import Testing

/// `Licence.hasFlag` answers `licence-has` tests without building `flags`; the two must agree.
@Suite("Licence flags")
struct LicenceFlagTests {
    @Test("hasFlag agrees with flags for every built-in licence and every flag any licence has")
    func hasFlagMatchesFlags() {
        let licences = BuiltinRules.ruleSet().licences
        let every = Set(licences.flatMap(\.flags)).union(["copyleft-", "database-right-", "copyleft", "open-", "", "osi "])
        #expect(every.count > 20)
        for l in licences {
            for f in every { #expect(l.hasFlag(f) == l.flags.contains(f), "\(l.id) \(f)") }
        }
    }
}
