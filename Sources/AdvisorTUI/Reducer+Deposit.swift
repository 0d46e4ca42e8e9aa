import AdvisorCore

extension AppState {
    /// Opens the deposit form over the result (what was typed before is kept).
    mutating func openDeposit() {
        guard let advice = derived.advice, advice.isComplete else {
            message = Message("There is no result to write files for yet.", .caution)
            return
        }
        let sample = DepositMetadata(title: "", authors: [], year: currentYear ?? 2000)
        deposit.fileNames = ArtefactSet.make(rules: rules, advice: advice, metadata: sample).map(\.name)
        if deposit[.year].isEmpty, let y = currentYear { deposit[.year] = String(y) }
        if case .written = deposit.phase { deposit.phase = .editing }
        deposit.failure = nil
        openPanel(.deposit)
    }

    mutating func handleDeposit(_ key: Key) -> Command {
        switch deposit.phase {
        case .written:
            // Any key goes back to the result.
            deposit.phase = .editing
            panel = nil
            return .stay
        case .confirmOverwrite:
            if key == .char("y") || key == .char("Y") { return writeDeposit(force: true) }
            deposit.phase = .editing
            message = Message("Nothing was overwritten: change the directory, or press Enter to be asked again.", .info)
            return .stay
        case .editing:
            break
        }
        let f = deposit.focus
        switch key {
        case .escape:
            panel = nil
            message = Message("No files written.", .info)
        case .tab: moveFocus(to: (f.rawValue + 1) % DepositForm.Field.allCases.count)
        case .backTab: moveFocus(to: (f.rawValue + DepositForm.Field.allCases.count - 1) % DepositForm.Field.allCases.count)
        case .down: moveFocus(to: min(f.rawValue + 1, DepositForm.Field.allCases.count - 1))
        case .up: moveFocus(to: max(f.rawValue - 1, 0))
        case .enter: return writeDeposit(force: false)
        case .backspace, .delete:
            if !deposit[f].isEmpty { deposit[f].removeLast() }
            deposit.errors[f] = nil
        case .char(let c): typeInForm(c, f)
        default: break
        }
        return .stay
    }

    /// Leaving a field checks what was typed in it (an empty field is only refused on Enter).
    mutating func moveFocus(to index: Int) {
        let from = deposit.focus
        deposit.errors[from] = deposit.problem(from, required: false)
        deposit.focus = DepositForm.Field(rawValue: index) ?? from
    }

    mutating func typeInForm(_ c: Character, _ f: DepositForm.Field) {
        if c.unicodeScalars.contains(where: { Sanitizer.isDangerous($0.value) }) || c.isNewline {
            deposit.errors[f] = "That character cannot be typed here."
        } else if f == .year, !(c.isASCII && c.isNumber) {
            deposit.errors[f] = "Only digits here: the year of publication, such as 2026."
        } else if deposit[f].count >= f.maxLength {
            deposit.errors[f] = "That is as long as this field gets (\(f.maxLength) characters)."
        } else {
            deposit[f].append(c)
            deposit.errors[f] = nil
        }
    }

    /// Checks every field; when all can be used, asks the driver to write the files.
    mutating func writeDeposit(force: Bool) -> Command {
        deposit.failure = nil
        guard let advice = derived.advice, let (metadata, directory) = deposit.validated() else {
            deposit.phase = .editing
            return .stay
        }
        let files = ArtefactSet.make(rules: rules, advice: advice, metadata: metadata)
        return .writeDeposit(DepositJob(files: files, directory: directory, force: force))
    }

    /// The driver wrote the deposit files (their paths).
    public mutating func depositWritten(_ paths: [String], directory: String) {
        deposit.phase = .written(paths.map(Sanitizer.line))
        deposit.failure = nil
        depositDirectory = Sanitizer.line(directory)
        message = Message("Deposit files written to \(Sanitizer.line(directory)).", .ok)
    }

    /// Some of the files exist already: the form asks before overwriting them.
    public mutating func depositExists(_ names: [String]) {
        deposit.phase = .confirmOverwrite(existing: names.map(Sanitizer.line))
    }

    public mutating func depositFailed(_ reason: String) {
        deposit.phase = .editing
        deposit.failure = Sanitizer.line(reason)
    }
}
