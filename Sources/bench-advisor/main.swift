// The benchmark tool behind scripts/bench (see BENCHMARKS.md). Not part of the product; built in
// release. Each subcommand does one measured or preparatory job and prints plain lines.
#if canImport(Glibc)
import Glibc
#endif

let usage = """
    usage: bench-advisor fingerprint FILE.jsonl   every answers line through advise: JSON, fired rows,
                                                  excluded services, text and Markdown (an oracle for engine changes)
           bench-advisor gen-rules DIR NODES      writes a valid generated rules directory of about NODES flow nodes
           bench-advisor keys N WIDTH HEIGHT [--ncurses]
                                                  N keys through the state machine and renderer (and ncurses, headless);
                                                  CPU time per key
           bench-advisor startup N                 N times the built-in rules decoded and the first question drawn
    """

func fail(_ message: String) -> Never {
    FileIO.write(fd: 2, message + "\n")
    exit(2)
}

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "fingerprint" where args.count == 2:
    Fingerprint.run(path: args[1])
case "gen-rules" where args.count == 3:
    guard let nodes = Int(args[2]), nodes > 0 else { fail(usage) }
    GenerateRules.run(directory: args[1], nodes: nodes)
case "keys" where args.count >= 4:
    guard let n = Int(args[1]), let w = Int(args[2]), let h = Int(args[3]), n > 0 else { fail(usage) }
    Keypress.run(count: n, width: w, height: h, ncurses: args.dropFirst(4).contains("--ncurses"))
case "startup" where args.count == 2:
    guard let n = Int(args[1]), n > 0 else { fail(usage) }
    Startup.run(count: n)
default:
    fail(usage)
}
