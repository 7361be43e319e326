"""Fifty-third round (issue 33): a score or a ratio written with a colon, which a sweep of
everyday news phrases found left with its colon ("Матч завершился со счётом 2:1" read "два:
один"):
- a score after the words of a match ("со счётом 2:1", "обыграл соперника 3:0", "при счёте
  98:87"): the two numbers in the nominative with a dash between ("два — один");
- a ratio ("в соотношении 3:1", "в масштабе 1:500"): "три к одному", "один к пятистам";
- controls: clock times in the same news ("в 15:40"), as the rules read them.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r53.py [--per-class 60] [--seed 359]

writes crates/text-normalizer/tests/data/tn-unseen/r53-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r52
import unseen_r9
from unseen import cardinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r52.OLD_RU_VOCAB
OLD_FRAMES = unseen_r52.OLD_FRAMES | {f[1] for f in (
    unseen_r52.YEARS_FRAMES + unseen_r52.YEAR_CONTROL_FRAMES + unseen_r52.TEMPERATURE_FRAMES
    + unseen_r52.TEMPERATURE_CONTROL_FRAMES + unseen_r52.PARTITIVE_FRAMES)}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

SCORE_FRAMES = fresh_frames([
    "Финал завершился со счётом {X}.",
    "Хозяева обыграли гостей {X}.",
    "При счёте {X} судья удалил вратаря.",
    "Команда уступила лидеру {X}.",
    "Полуфинал закончился победой гостей {X}.",
    "Сборная разгромила соперника {X}.",
    "Встреча завершилась вничью {X}.",
    "Юниоры победили {X} в овертайме.",
], key=lambda f: f)
RATIO_FRAMES = fresh_frames([
    "Смесь готовят в соотношении {X}.",
    "Карта выполнена в масштабе {X}.",
    "Глину и песок берут в пропорции {X}.",
    "Голоса разделились в соотношении {X}.",
], key=lambda f: f)
TIME_FRAMES = fresh_frames([
    "Электричка уходит в {X}.",
    "Эфир начнётся в {X}.",
    "Паром отходит в {X} по местному времени.",
    "Трансляция стартует в {X}.",
], key=lambda f: f)


def score(rng, part):
    frame = pick(rng, split(SCORE_FRAMES, part))
    if rng.random() < 0.8:
        a, b = rng.randint(0, 7), rng.randint(0, 7)
    else:
        a, b = rng.randint(60, 120), rng.randint(60, 120)
    if "вничью" in frame:
        b = a
    return (sentence(frame.replace("{X}", f"{a}:{b}")),
            sentence(frame.replace("{X}", f"{cardinal(a, 'nom')} — {cardinal(b, 'nom')}")))


def ratio(rng, part):
    frame = pick(rng, split(RATIO_FRAMES, part))
    if "масштабе" in frame:
        a, b = 1, pick(rng, [100, 200, 500, 1000, 2000, 5000, 10000, 25000, 50000])
    else:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
    return (sentence(frame.replace("{X}", f"{a}:{b}")),
            sentence(frame.replace("{X}", f"{cardinal(a, 'nom')} к {cardinal(b, 'dat')}")))


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    h, m = rng.randint(0, 23), rng.randrange(0, 60, 5)
    hw = unseen.counted(h, "acc", "час")[1] if h else "ноль часов"
    # A full hour is read without its minutes ("в пятнадцать часов").
    mw = f" {unseen.counted(m, 'acc', 'минута')[1]}" if m else ""
    return (sentence(frame.replace("{X}", f"{h}:{m:02d}")),
            sentence(frame.replace("{X}", f"{hw}{mw}")))


RU = {"score": score, "ratio": ratio, "clock_control": clock}


def main():
    unseen.round_main("r53", RU, per_class=60, seed=359)


if __name__ == "__main__":
    main()
