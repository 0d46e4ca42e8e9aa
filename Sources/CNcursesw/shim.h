#ifndef LICENSE_ADVISOR_NCURSES_SHIM_H
#define LICENSE_ADVISOR_NCURSES_SHIM_H
// The wide-character API (get_wch, mvaddnwstr, cchar_t) is only declared with NCURSES_WIDECHAR.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <curses.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <time.h>

// Swift 6 refuses ncurses' and libc's mutable globals (stdscr, stdin, stdout) and does not import
// expression macros (A_BOLD ...): these accessors stand in for them.
static inline WINDOW *la_stdscr(void) { return stdscr; }
static inline FILE *la_stdin(void) { return stdin; }
static inline FILE *la_stdout(void) { return stdout; }
static inline attr_t la_a_normal(void) { return A_NORMAL; }
static inline attr_t la_a_bold(void) { return A_BOLD; }
static inline attr_t la_a_dim(void) { return A_DIM; }
static inline attr_t la_a_reverse(void) { return A_REVERSE; }
static inline attr_t la_a_underline(void) { return A_UNDERLINE; }
static inline long long la_monotonic_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}
static inline int la_codeset_is_utf8(void) {
    const char *c = nl_langinfo(CODESET);
    return c != NULL && (strcmp(c, "UTF-8") == 0 || strcmp(c, "utf8") == 0);
}

// ---- Signals and crashes. Everything below runs in signal handlers, so it is C and only calls
// async-signal-safe functions (write, tcsetattr, dup2, lseek, read, sigaction, raise).

// SIGINT/SIGTERM/SIGHUP only set this; the key loop polls it (get_wch has a timeout) and shuts down.
static volatile sig_atomic_t la_pending_signal = 0;
static void la_on_signal(int sig) { la_pending_signal = sig; }
static inline int la_take_signal(void) { int s = la_pending_signal; la_pending_signal = 0; return s; }

// Installed before newterm, so ncurses does not install its own SIGINT/SIGTERM handlers (which exit 1).
static inline void la_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = la_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: get_wch returns at once
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    // A parent may have left these blocked (the mask is inherited); the interface relies on them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

// Swift's importer does not emit a header's struct-typed statics: Swift allocates them and hands over pointers.
static struct termios *la_termios_store = NULL;
static int la_have_termios = 0;
static volatile sig_atomic_t la_screen_active = 0;
static int la_real_stderr = -1;
static int la_capture_fd = -1;
static struct sigaction *la_actions_store = NULL;  // NSIG entries
static inline int la_nsig(void) { return NSIG; }

// While curses owns the screen, stderr goes to an unlinked temp file (a crash message written into the
// alternate screen would be wiped by the restore); it is replayed to the real stderr afterwards.
static inline void la_capture_stderr(void) {
    char path[] = "/tmp/license-advisor-stderr-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return;
    unlink(path);
    la_real_stderr = dup(2);
    if (la_real_stderr < 0) { close(fd); return; }
    dup2(fd, 2);
    la_capture_fd = fd;
}

static void la_replay_stderr(void) {
    if (la_capture_fd < 0 || la_real_stderr < 0) return;
    dup2(la_real_stderr, 2);
    close(la_real_stderr);
    la_real_stderr = -1;
    char buf[4096];
    ssize_t n;
    lseek(la_capture_fd, 0, SEEK_SET);
    while ((n = read(la_capture_fd, buf, sizeof buf)) > 0) {
        ssize_t off = 0;
        while (off < n) {
            ssize_t w = write(2, buf + off, (size_t)(n - off));
            if (w <= 0) break;
            off += w;
        }
    }
    close(la_capture_fd);
    la_capture_fd = -1;
}

static void la_restore_tty_raw(void) {
    if (!la_screen_active) return;
    la_screen_active = 0;
    if (la_have_termios && la_termios_store) tcsetattr(0, TCSANOW, la_termios_store);
    static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(1, reset, sizeof reset - 1);
    (void)ignored;
}

// A crash (trap, bad access, abort): restore the terminal by hand, replay stderr, then let the previous
// handler (Swift's backtracer) or the default action run.
// A crash signal sent by another process (kill -SEGV) does not re-fault when the backtracer returns:
// the key loop then finds this set and dies of the signal with its default action.
static volatile sig_atomic_t la_crash_signal = 0;

static void la_on_crash(int sig) {
    la_crash_signal = sig;
    la_restore_tty_raw();
    la_replay_stderr();
    if (sig > 0 && sig < NSIG && la_actions_store) sigaction(sig, &la_actions_store[sig], NULL);
    raise(sig);
}

static inline void la_die_if_crashed(void) {
    int sig = la_crash_signal;
    if (sig == 0) return;
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void la_install_crash_handlers(struct termios *termios_store, struct sigaction *actions_store) {
    la_termios_store = termios_store;
    la_actions_store = actions_store;
    if (tcgetattr(0, la_termios_store) == 0) la_have_termios = 1;
    const int sigs[] = { SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGTRAP };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = la_on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;  // the re-raised signal waits until we return to the crash site
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, &la_actions_store[sigs[i]]);
}

// exit() from anywhere (an argument parser, a library): end curses properly and replay stderr.
static void la_at_exit(void) {
    if (la_screen_active && !isendwin()) endwin();
    la_screen_active = 0;
    la_replay_stderr();
}

static inline void la_install_atexit(void) { atexit(la_at_exit); }
static inline void la_set_screen_active(int on) { la_screen_active = on; }
static inline void la_finish_stderr(void) { la_replay_stderr(); }
#endif
