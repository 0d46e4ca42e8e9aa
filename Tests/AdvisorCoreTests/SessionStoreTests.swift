import AdvisorCore
import AdvisorRules
import Foundation
import Testing

@Suite struct SessionStoreTests {
    let rules = try! RuleLoader.load(files: BuiltinRules.files)

    @Test func standardPathFollowsXDG() {
        #expect(SessionStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/license-advisor/interview.json")
        #expect(SessionStore.standard(environment: ["HOME": "/h"]).path == "/h/.local/state/license-advisor/interview.json")
        #expect(SessionStore.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).path == "/h/.local/state/license-advisor/interview.json")
    }

    @Test func savesAndRestoresAnswersWithTheRulesVersion() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(path: dir + "/deep/interview.json")
        let answers = Answers(["asset": .option("dataset"), "country": .option("NO"), "size-gb": .number(12.5)])
        try store.save(answers, rules: rules)
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.contains("\"rules-version\": \"\(rules.version)\""))
        let back = try store.load(rules: rules)
        #expect(back.answers == answers)
        #expect(back.notices.isEmpty)
    }

    @Test func afterARulesChangeValidAnswersStayAndOthersGoWithANotice() throws {
        let saved = """
        {"rules-version": "0.0.1", "answers": {"asset": "dataset", "country": "XX", "gone": "y", "size-gb": -3}}
        """
        let back = try SessionStore.restore(text: saved, path: "saved.json", rules: rules)
        #expect(back.answers == Answers(["asset": .option("dataset")]))
        #expect(back.notices.count == 4)
        #expect(back.notices[0].contains("saved with rules 0.0.1"))
        #expect(back.notices.contains { $0.contains("'country'") })
        #expect(back.notices.contains { $0.contains("'gone'") })
    }
}
