import AdvisorCore
import ArgumentParser

/// Where an interview starts: afresh, or (`--resume`) from the answers saved by an earlier one that did
/// not finish. Either way the answers are saved again after every change, in the same file.
enum SavedInterview {
    struct Start {
        var answers: Answers
        /// what to tell before the first question: what was restored, what had to be dropped
        var notices: [String]
        var store: SessionStore
    }

    /// `--resume` without a saved interview, or with one that cannot be read, is exit 2.
    static func start(rules: RuleSet, resume: Bool, store: SessionStore = .standard()) throws -> Start {
        let path = Sanitizer.line(store.path)
        guard resume else {
            let notices = store.exists()
                ? ["An unfinished interview is saved in \(path). This one replaces it at the first answer; "
                   + "type q now and run 'license-advisor --resume' to continue that one instead."]
                : []
            return Start(answers: Answers(), notices: notices, store: store)
        }
        guard store.exists() else {
            Console.error("error: there is no saved interview to resume (looked for \(path)); run 'license-advisor' to start one")
            throw ExitCode(Exit.badInput)
        }
        let restored: SessionStore.Restored
        do {
            restored = try store.load(rules: rules)
        } catch {
            Console.error(error.description)
            Console.error("error: the saved interview cannot be resumed; delete \(path) to start afresh")
            throw ExitCode(Exit.badInput)
        }
        let count = restored.answers.values.count
        let head = "Resuming the interview saved in \(path): \(count) answer\(count == 1 ? "" : "s") restored."
        return Start(answers: restored.answers, notices: [head] + restored.notices, store: store)
    }
}
