"""Eighty-ninth round (issue 33): Russian again, to find what fails before rules change, as
round 88 did, with more frames to each class: a hockey club's arena and its café, vocabulary
no set used (checked by lemma against round 88's chain and every committed set's inputs),
frames no set had: counts after verbs, after prepositions (derived ones too), after nouns,
adjectives and participles; amounts of units; dates and years; ordinals with endings. Labels
as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r89.py [--per-class 60] [--seed 613]

writes crates/text-normalizer/tests/data/tn-unseen/r89-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r2
import unseen_r3
import unseen_r87
import unseen_r88
import unseen_r9
from unseen import counted
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r88.OLD_RU_VOCAB | _lemmas(_words([unseen_r88.VOCAB])) | _lemmas(
    unseen.committed_words("r89"))
OLD_FRAMES = unseen_r88.OLD_FRAMES | {
    f[1] for f in unseen_r88.VERB_FRAMES + unseen_r88.PREP_FRAMES + unseen_r88.WORD_FRAMES
    + unseen_r88.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r87.OLD_ORD_FRAMES | {f[2] for f in unseen_r87.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A hockey club's arena and its café.
VOCAB = {
    # No word the dictionary lacks ("маффин", "круассан": the oracle guessed them as a name
    # and an adjective, and labelled their cases by the guesses).
    "inan": fresh(["торт", "эклер", "пирожное", "багет", "бриошь", "кекс", "рулет", "пастила",
                   "противень", "миксер", "венчик", "скалка", "духовка", "пончик", "крендель",
                   "баранка", "пряник", "вафля", "корж",
                   "клюшка", "шайба", "табло", "щиток", "наколенник"]),
    "anim": fresh(["глазировщик", "защитник", "форвард", "хоккеист", "арбитр", "комментатор",
                   "буфетчик", "кассир", "контролёр", "легионер", "дублёр", "скаут", "агент",
                   "хореограф"]),
    "adj": fresh(["сдобный", "песочный", "заварной", "хоккейный", "шоколадный", "миндальный",
                  "ванильный", "клубничный"]),
}

VERB_FRAMES = fresh_frames([
    ("gen", "Команда не побоялась {X}.", True),
    ("gen", "Тренер остерегался {X}.", True),
    ("gen", "Клубу не хватило {X}.", False),
    ("gen", "Команда стесняется {X}.", True),
    ("gen", "Зрители дождались {X}.", True),
    ("dat", "Капитан передал шайбу {X}.", True),
    ("dat", "Публика рукоплескала {X}.", True),
    ("dat", "Клуб платит {X}.", True),
    ("dat", "Тренер доверяет {X}.", True),
    ("dat", "Руководство клуба пообещало премию {X}.", True),
    ("dat", "Кафе продаёт выпечку {X}.", True),
    ("dat", "Арбитр показал карточку {X}.", True),
    ("dat", "Новичок проиграл {X}.", True),
    ("dat", "Команда уступила {X}.", True),
    ("ins", "Кафе торгует {X}.", False),
    ("ins", "Клуб дорожит {X}.", True),
    ("ins", "Болельщики восхищались {X}.", True),
    ("ins", "Клуб обменялся {X}.", True),
    ("ins", "Витрина заполнилась {X}.", False),
    ("ins", "Тренер пожертвовал {X}.", True),
    ("ins", "Клуб интересуется {X}.", True),
    ("ins", "Спонсор снабдил команду {X}.", False),
    ("ins", "Кладовая пополнилась {X}.", False),
    ("acc", "Пекарь испёк {X}.", False),
    ("acc", "Клуб продал {X}.", False),
    ("acc", "Кассир насчитал {X}.", False),
    ("acc", "Клуб приобрёл {X}.", False),
    ("nom", "В витрине лежат {X}.", False),
    ("nom", "За столиками сидели {X}.", True),
    ("nom", "Из раздевалки вышли {X}.", True),
    ("pre", "Комментатор рассказал о {X}.", True),
    ("pre", "Кафе специализируется на {X}.", False),
])

PREP_FRAMES = fresh_frames([
    ("gen", "Из-за {X} матч задержали.", False),
    ("gen", "Команда вышла на лёд без {X}.", True),
    ("gen", "Для {X} купили новую форму.", True),
    ("gen", "Клуб отказался от {X}.", True),
    ("gen", "У {X} закончились контракты.", True),
    ("gen", "Очередь дошла до {X}.", False),
    ("gen", "Кроме {X} в меню ничего нет.", False),
    ("gen", "Около {X} собралась толпа.", False),
    ("gen", "Напротив {X} поставили камеры.", False),
    ("gen", "Среди {X} выбрали лучшего.", True),
    ("gen", "Из {X} собрали сборную.", True),
    ("gen", "Шайба пролетела мимо {X}.", True),
    ("gen", "Спор насчёт {X} затянулся.", False),
    ("gen", "Судья решил спор в пользу {X}.", True),
    ("gen", "Банкет дали в честь {X}.", True),
    ("gen", "Кафе живёт за счёт {X}.", False),
    ("dat", "Скаут присмотрелся к {X}.", True),
    ("dat", "Кафе скучает по {X}.", True),
    ("dat", "Навстречу {X} выехал автобус.", True),
    ("dat", "Победа пришла благодаря {X}.", True),
    ("dat", "Вслед {X} свистели болельщики.", True),
    ("ins", "Клуб расстался с {X}.", True),
    ("ins", "Над {X} висит табло.", False),
    ("ins", "Матч между {X} отменили.", True),
    ("ins", "За {X} выстроилась очередь.", False),
    ("ins", "Перед {X} стоит трудная задача.", True),
    ("ins", "Под {X} нашли записку.", False),
    ("ins", "В связи с {X} кафе закрылось.", False),
    ("pre", "При {X} кафе работает до полуночи.", False),
    ("pre", "Шоколад растаял в {X}.", False),
    ("acc", "Клуб вложил деньги в {X}.", False),
    ("acc", "Спонсор потратил деньги на {X}.", False),
    ("acc", "Клуб заплатил за {X}.", False),
    ("acc", "Шайба прошла через {X}.", False),
])

WORD_FRAMES = fresh_frames([
    ("gen", "Выпуск {X} наладили к зиме.", False),
    ("gen", "Продажа {X} приносит прибыль.", False),
    ("gen", "Тренер {X} ушёл в отставку.", True),
    ("gen", "Запах {X} разносится по залу.", False),
    ("gen", "Стоимость {X} выросла вдвое.", False),
    ("gen", "Судьба {X} решится сегодня.", True),
    ("gen", "Участие {X} подтвердили.", True),
    ("gen", "Уход {X} ослабил команду.", True),
    ("gen", "Отсутствие {X} заметили все.", True),
    ("gen", "Подготовка {X} заняла ночь.", False),
    ("gen", "Доставка {X} задерживается.", False),
    ("dat", "Памятник {X} открыли у арены.", True),
    ("dat", "Письмо {X} зачитали в эфире.", True),
    ("dat", "Подарки {X} привёз спонсор.", True),
    ("dat", "Благодарный {X}, клуб устроил банкет.", True),
    ("dat", "Контракт, предложенный {X}, удивил прессу.", True),
    ("dat", "Премия, назначенная {X}, оказалась скромной.", True),
    ("ins", "Довольный {X}, тренер ушёл.", True),
    ("ins", "Витрина, уставленная {X}, сияла огнями.", False),
    ("ins", "Недовольство {X} росло.", True),
    ("ins", "Торговля {X} идёт бойко.", False),
    ("ins", "Руководство {X} поручили ветерану.", True),
    ("ins", "Обмен {X} состоялся летом.", True),
    ("pre", "Новость о {X} облетела город.", True),
    ("pre", "Мысли о {X} не давали уснуть.", False),
    ("acc", "Спрос на {X} вырос.", False),
    ("acc", "Ставка на {X} сыграла.", False),
    ("acc", "Очередь на {X} растянулась до выхода.", False),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Торт весит больше {X}.", {"mass"}),
    ("gen", "Табло висит на высоте около {X}.", {"length"}),
    ("gen", "Заливка льда требует до {X}.", {"volume", "time"}),
    ("gen", "Матч длился свыше {X}.", {"time"}),
    ("gen", "Клуб задолжал игрокам около {X}.", {"money"}),
    ("acc", "Кондитер добавил в тесто {X}.", {"mass", "volume"}),
    ("acc", "Шайба пролетела {X}.", {"length"}),
    ("acc", "Перерыв продлили на {X}.", {"time"}),
    ("acc", "Клуб потратил на ремонт {X}.", {"money"}),
    ("acc", "Вес торта составил {X}.", {"mass"}),
    ("dat", "Рекорд равнялся {X}.", None),
    ("dat", "Вес торта приближается к {X}.", {"mass"}),
    ("ins", "Команда довольствовалась {X}.", None),
    ("ins", "Кафе обходится {X} в день.", {"money", "volume", "mass"}),
    ("ins", "Бюджет клуба измеряется {X}.", {"money"}),
    ("pre", "Речь шла о {X}.", None),
    ("pre", "Кондитер сэкономил на {X}.", {"mass", "money"}),
    ("nom", "Толщина льда — {X}.", {"length"}),
])

DATE_FRAMES = fresh_frames([
    ("gen", "Хоккейный сезон стартовал {X}.", None),
    ("gen", "Кафе закрылось на ремонт {X}.", None),
    ("gen", "С {X} цены на выпечку вырастут.", None),
    ("gen", "До {X} билеты продаются со скидкой.", None),
    ("gen", "Контракт форварда истекает {X}.", None),
    ("gen", "Матч назначен на вечер {X}.", None),
    ("acc", "Финал перенесли на {X}.", None),
    ("dat", "К {X} арену украсили.", None),
    ("dat", "Торт испекли к {X}.", None),
    ("nom", "Дата финала — {X}.", None),
    ("ins", "Протокол матча датирован {X}.", None),
    ("pre", "О {X} болельщики вспоминают с грустью.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с осени {Y} года", "Клуб играет в высшей лиге {X}."),
    ("pre", "в чемпионском {Y} году", "Форвард забил сорок голов {X}."),
    ("gen", "до зимы {Y} года", "Арену достроят {X}."),
    ("acc", "за весь {Y} год", "Кафе продало {X} десять тысяч эклеров."),
    ("ins", "перед олимпийским {Y} годом", "Команду омолодили {X}."),
    ("nom", "Настал {Y} год", "{X}."),
    ("gen", "в декабре {Y} года", "Клуб сменил тренера {X}."),
    ("gen", "со времён {Y} года", "Команда не выигрывала кубок {X}."),
    ("dat", "к олимпийскому {Y} году", "Арену обновили {X}."),
    ("pre", "о победном {Y} годе", "Ветераны вспоминают {X}."),
    ("gen", "с января {Y} года", "Кафе работает круглосуточно {X}."),
    ("gen", "после провального {Y} года", "Тренера уволили {X}."),
    ("pre", "в том самом {Y} году", "Кафе открылось {X}."),
    ("gen", "к концу {Y} года", "Долги клуба выросли {X}."),
    ("nom", "{Y} год", "{X} стал для клуба лучшим."),
    ("ins", "{Y} годом", "Первый кубок клуба датирован {X}."),
])

ORD = {
    "f": fresh(["клюшка", "шайба", "вафля", "скалка", "духовка", "баранка"]),
    "m": fresh(["торт", "эклер", "багет", "кекс", "рулет", "противень", "миксер",
                "щиток"]),
}
ORD_PL = fresh(["торт", "кекс", "противень", "миксер", "щиток", "рулет"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Крем вытек {X}.", False),
    ("gen", "без", "Команда осталась {X}.", False),
    ("gen", "после", "Кондитер устал {X}.", False),
    ("dat", "к", "Очередь дошла {X}.", False),
    ("dat", "по", "Судья ударил {X}.", False),
    ("ins", "за", "Кассир следил {X}.", False),
    ("ins", "перед", "Хоккеист замер {X}.", False),
    ("pre", "в", "Изюм нашли {X}.", False),
    ("pre", "на", "Трещину заметили {X}.", False),
    ("pre", "о", "Кондитер забыл {X}.", False),
    ("acc", "на", "Кондитер поставил крем {X}.", False),
    ("acc", "в", "Изюм положили {X}.", False),
    ("nom", "", "В меню значится {X}.", False),
    ("gen", "из", "Выпечку достали {X}.", True),
    ("pre", "на", "Глазурь застыла {X}.", True),
    ("ins", "с", "Кондитер справился {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

RU = {
    "agreement_verb": unseen_r2.agreement(VOCAB, VERB_FRAMES, counted),
    "agreement_prep": unseen_r2.agreement(VOCAB, PREP_FRAMES, counted),
    "agreement_word": unseen_r2.agreement(VOCAB, WORD_FRAMES, counted),
    "money_measure": unseen_r3.ru_measure(unseen_r15.UNITS, MEASURE_FRAMES),
    "date": unseen_r9.dates(DATE_FRAMES, YEAR_FRAMES),
    "ordinal": unseen_r9.ordinals(ORD, ORD_PL, ORD_FRAMES),
}


def main():
    unseen.round_main("r89", RU, per_class=60, seed=613)


if __name__ == "__main__":
    main()
