"""Epoch times of two sides of a comparison, one round per line: "EXTRA | SIDE A'S EPOCHS | SIDE B'S EPOCHS" (seconds,
space-separated). Shared by bench/train-dashboard.sh and bench/side-load.sh."""
import statistics


def read_rounds(path):
    """Each line as (extra, a's epoch seconds, b's epoch seconds)."""
    rounds = []
    for line in open(path):
        extra, a, b = line.split("|")
        rounds.append((float(extra), list(map(float, a.split())), list(map(float, b.split()))))
    return rounds


def steady_line(rounds, a_name, b_name, ratio_name):
    """The comparison over the second half of the epochs (the steady ones): both medians, the ratio b/a of the pooled
    medians and each round's ratio."""
    n = len(rounds[0][1])
    later = range(n // 2, n)
    median = statistics.median
    a = median(r[1][e] for r in rounds for e in later)
    b = median(r[2][e] for r in rounds for e in later)
    per_round = [median(r[2][e] for e in later) / median(r[1][e] for e in later) for r in rounds]
    return (f"epochs {n // 2 + 1}-{n} (steady): {a_name} {a:.3f}s, {b_name} {b:.3f}s, ratio {ratio_name} {b / a:.2f} "
            "(each round's: " + " ".join(f"{ratio:.2f}" for ratio in per_round) + ")"), a, b
