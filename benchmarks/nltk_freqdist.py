#!/usr/bin/python3
"""NLTK baseline for benchmarks/run.sh: word frequencies of a UTF-8 file.

Streams the file line by line, lower-cases each line, tokenises it with
nltk.tokenize.RegexpTokenizer(r"\\w+") (no NLTK data is needed or
downloaded) and counts with nltk.FreqDist. Prints the number of tokens,
of types and the 20 most common words.
"""
import sys

from nltk import FreqDist
from nltk.tokenize import RegexpTokenizer


def main(path: str) -> None:
    tokenizer = RegexpTokenizer(r"\w+")
    fd = FreqDist()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            fd.update(tokenizer.tokenize(line.lower()))
    print(f"tokens\t{fd.N()}")
    print(f"types\t{fd.B()}")
    for word, n in fd.most_common(20):
        print(f"{n}\t{word}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: nltk_freqdist.py FILE")
    main(sys.argv[1])
