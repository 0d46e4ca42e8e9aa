#ifndef LICENSE_ADVISOR_NCURSES_SHIM_H
#define LICENSE_ADVISOR_NCURSES_SHIM_H
// The wide-character API (get_wch, mvaddnwstr, cchar_t) is only declared with NCURSES_WIDECHAR.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <curses.h>
#endif
