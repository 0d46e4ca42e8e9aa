#!/usr/bin/env python3
"""Writes a JSON Lines batch input of varied, realistic answer sets for `advise --batch`.

The questions come from `license-advisor questions --format json` (read from QUESTIONS), so the
generator follows the rules. Each line answers the asset and, with a fixed probability, every other
question (a researcher rarely answers everything; --assume-defaults fills the rest): single choice
picks an option (the licence question mostly 'undecided'), multiple choice a set of one to three
options, sizes are log-spread gigabytes with at most one decimal. About 1 line in 200 is broken in
a way users break them (an unknown option, a misspelt question id, a list where one option goes),
so the error path is timed too. Lines are almost all distinct: the result cache does not carry the
figure. Deterministic for a given --seed.

usage: gen-batch.py QUESTIONS LINES OUT [--seed N]
"""
import argparse, json, math, random


def answer(rng, q):
    ids = [o["id"] for o in q["options"]]
    if q["kind"] == "number":
        gb = math.exp(rng.uniform(math.log(0.01), math.log(50_000)))
        return round(gb) if gb >= 10 else round(gb, 1)
    if q["kind"] == "multiple":
        return rng.sample(ids, rng.choice([1, 1, 2, 3]))
    if q["id"] == "chosen-licence" and rng.random() < 0.8:
        return ids[0]
    return rng.choice(ids)


def line(rng, questions, first):
    obj = {first["id"]: rng.choice([o["id"] for o in first["options"]])}
    for q in questions[1:]:
        if rng.random() < 0.7:
            obj[q["id"]] = answer(rng, q)
    if rng.random() < 0.005:
        kind = rng.randrange(3)
        if kind == 0:
            obj[first["id"]] = "spreadsheet"
        elif kind == 1:
            obj["contry"] = "SE"
        else:
            obj[first["id"]] = [obj[first["id"]]]
    return json.dumps(obj, separators=(",", ":"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions")
    ap.add_argument("lines", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    with open(a.questions) as f:
        questions = json.load(f)
    rng = random.Random(a.seed)
    with open(a.out, "w") as out:
        for _ in range(a.lines):
            out.write(line(rng, questions, questions[0]) + "\n")


if __name__ == "__main__":
    main()
