import FuzzHarness
#if canImport(Glibc)
import Glibc
#endif

// Built by scripts/fuzz with -sanitize=fuzzer -DFUZZING, libFuzzer drives `FUZZ_TARGET`'s harness.
// Built normally, it replays the files given on the command line: `fuzz-advisor rules FILE...`.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main struct FuzzMain {
    static func main() {
        let name = getenv("FUZZ_TARGET").flatMap { String(validatingCString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            print("set FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            exit(2)
        }
        Selected.target = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = runDriver(&argc, &argv) { data, size in
            Selected.target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        }
        exit(status)
    }
}

/// libFuzzer's callback is a C function pointer and cannot capture; the target is chosen once at start.
enum Selected {
    nonisolated(unsafe) static var target = FuzzTarget.rules
}
#else
@main struct FuzzMain {
    static func main() {
        let args = CommandLine.arguments
        guard args.count >= 2, let target = FuzzTarget(rawValue: args[1]) else {
            print("usage: fuzz-advisor rules|answers|batch|yaml FILE...")
            exit(2)
        }
        for path in args.dropFirst(2) {
            guard let f = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buf, 1, buf.count, f)
                if n <= 0 { break }
                bytes += buf[0..<n]
            }
            fclose(f)
            if target == .yaml, let text = String(validating: bytes, as: UTF8.self) {
                // Replaying the YAML target says how the two readers compared, not only that it ran.
                print("\(YAMLDifferential.compare(text)) \(path)")
                continue
            }
            target.run(bytes)
            print("ok \(path)")
        }
    }
}
#endif
