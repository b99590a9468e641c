#!/usr/bin/env python3
"""Turns the tour snippets of README.md into programs, exactly as printed, so ctest compiles and
runs them (tests/readme/CMakeLists.txt) and the tour cannot drift from the library.

usage: extract_tour.py README.md OUTDIR   -> writes OUTDIR/tour_cpp_N.cpp, OUTDIR/tour_c_N.c and
                                             prints their names, one per line

Each ```cpp or ```c block becomes one program: its #include and `using namespace` lines at file
scope, every other line, in order and unchanged, inside main(). A C++ line of the form
`EXPRESSION;  // "TEXT" ...` also checks that EXPRESSION equals TEXT when the program runs, so the
values the tour shows in its comments are the values the library gives.
"""
import os
import re
import sys

COMMENT_TEXT = re.compile(r'//\s*"(?P<text>[^"]*)"')


def blocks(text):
    for m in re.finditer(r"^```(cpp|c)\n(.*?)^```\s*$", text, re.M | re.S):
        yield m.group(1), m.group(2).splitlines()


def program(lang, lines, source_line):
    top = []
    body = []
    statement = []  # the code of the statement being read, which may span lines
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("#include") or stripped.startswith("using namespace"):
            top.append(line)
            continue
        body.append(line)
        code, _, comment = line.partition("//")
        if not code.strip():
            continue
        statement.append(code.strip())
        if not code.rstrip().endswith(";"):
            continue
        whole = " ".join(statement)
        statement = []
        m = COMMENT_TEXT.match("//" + comment) if comment else None
        # An expression statement (no declaration, no assignment) whose comment shows a quoted value.
        if lang == "cpp" and m and "=" not in whole.replace("==", "") and not re.match(r"^[A-Za-z_:<>]+\s+[A-Za-z_]+\s*[({=]", whole):
            body.append(f'  tour_expect(__LINE__, ({whole[:-1].strip()}), "{m.group("text")}");')
    out = [f"// Generated from README.md (the block at line {source_line}) by tests/readme/extract_tour.py."]
    out += top
    if lang == "cpp":
        out += [
            "#include <cstdlib>",
            "#include <iostream>",
            "#include <string>",
            "static void tour_expect(int line, const std::string& got, const std::string& expected) {",
            "  if (got == expected) return;",
            '  std::cerr << "README tour, generated line " << line << ": got \\"" << got << "\\", the README shows \\""',
            '            << expected << "\\"\\n";',
            "  std::exit(1);",
            "}",
            "int main() {",
        ]
    else:
        out += ["int main(void) {"]
    out += body
    out += ["  return 0;", "}", ""]
    return "\n".join(out)


def main():
    readme, outdir = sys.argv[1], sys.argv[2]
    text = open(readme, encoding="utf-8").read()
    os.makedirs(outdir, exist_ok=True)
    counts = {"cpp": 0, "c": 0}
    for lang, lines in blocks(text):
        counts[lang] += 1
        start = text.count("\n", 0, text.index("\n".join(lines))) + 1
        name = f"tour_{lang}_{counts[lang]}.{lang}"
        path = os.path.join(outdir, name)
        content = program(lang, lines, start)
        if not os.path.exists(path) or open(path, encoding="utf-8").read() != content:
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)
        print(name)


if __name__ == "__main__":
    main()
