# Release build, install and uninstall. `make install PREFIX=~/.local` needs no root.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# A fully static executable (lld: gold prints glibc's static-link notes as warnings). It runs
# without the toolchain or the ncurses libraries and reaches its first frame sooner (BENCHMARKS.md).
# Each function in its own section, and those the first frame runs placed together
# (Build/startup-order.txt, written by scripts/startup-order): fewer pages of the binary resident.
# Build/startup-layout.ld places what a symbol order cannot: unnamed helpers, .init and .iplt next
# to them, and the Foundation libraries the interview never runs after all other code.
# lld -O0 keeps each object's string literals together instead of merging all of them into one
# table ordered by hash, where the few dozen the first frame reads fell in five 64 KB windows
# (peak RSS 4.42 -> 4.17 MB, BENCHMARKS.md; the file grows by 50 KB of duplicate strings).
# Generic types such as [String: X] get their metadata through accessors that pass the conformances
# in, instead of demangling a name at run time, which looks `String: Hashable` up by scanning every
# conformance record of the binary: 12 scans before the first frame, touching descriptors spread
# over all of .rodata (peak RSS 6.8 -> 6.0 MB, BENCHMARKS.md).
BUILD_FLAGS ?= -c release --static-swift-stdlib -Xswiftc -static-executable -Xswiftc -use-ld=lld \
	-Xswiftc -Xfrontend -Xswiftc -function-sections \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
	-Xlinker --symbol-ordering-file=$(CURDIR)/Build/startup-order.txt -Xlinker --no-warn-symbol-ordering \
	-Xlinker -T -Xlinker $(CURDIR)/Build/startup-layout.ld -Xlinker -O0
BIN = .build/release/license-advisor
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build build-flags man completions install uninstall clean

all: build

build:
	$(SWIFT) build $(BUILD_FLAGS) --product license-advisor

# scripts/bench builds with the same flags.
build-flags:
	@echo $(BUILD_FLAGS)

# swift-argument-parser's manual plugin writes license-advisor.1 from the commands' own help. It
# builds every product first: in debug, so that it never relinks the static release binary (its
# release build would drop --static-swift-stdlib), and cheaply once the tests have been built.
# Its mdoc leaves blank lines between paragraphs (made .Pp here) and does not escape a line that
# starts with a quote, which troff would read as a request.
MANPAGE = .build/plugins/GenerateManual/outputs/license-advisor/license-advisor.1
man:
	rm -f $(MANPAGE)
	$(SWIFT) package plugin generate-manual --configuration debug
	test -s $(MANPAGE)
	mkdir -p .build/man
	sed -e 's/^$$/.Pp/' -e "s/^'/\\\\\&'/" $(MANPAGE) > .build/man/license-advisor.1

completions: build
	mkdir -p .build/completions
	$(BIN) --generate-completion-script bash > .build/completions/license-advisor.bash
	$(BIN) --generate-completion-script zsh > .build/completions/_license-advisor
	$(BIN) --generate-completion-script fish > .build/completions/license-advisor.fish

install: build man completions
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BIN) $(BINDIR)/license-advisor
	install -m 644 .build/man/license-advisor.1 $(MANDIR)/license-advisor.1
	install -m 644 .build/completions/license-advisor.bash $(BASHDIR)/license-advisor
	install -m 644 .build/completions/_license-advisor $(ZSHDIR)/_license-advisor
	install -m 644 .build/completions/license-advisor.fish $(FISHDIR)/license-advisor.fish

uninstall:
	rm -f $(BINDIR)/license-advisor $(MANDIR)/license-advisor.1 $(BASHDIR)/license-advisor \
	      $(ZSHDIR)/_license-advisor $(FISHDIR)/license-advisor.fish

clean:
	rm -rf .build/man .build/completions
