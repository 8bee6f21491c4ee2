"""Posts for the benchmark: what clinicians write on social media, made up for this purpose.

Sentences are drawn from a few kinds a clinician might post (a shift story with details that could
identify a patient, advice to one person, venting, general health education, congratulating a
colleague) and filled with varying names, ages, times and places, so that every generated post is
different text and a check cannot be answered from the analyzer's cache by accident.
"""

from __future__ import annotations

import random

SENTENCES = (
    # a shift story, some with details that point to one patient
    "Long night in the ED: a {age}-year-old {person} from {place} came in at {time} with crushing "
    "chest pain after shovelling snow.",
    "Room {room} finally went home today after {days} days on the ward, and the team cheered.",
    "Had to call {name}'s daughter at {phone} at {time} to explain why her mother needed another "
    "scan.",
    "Our {age}-year-old with the rare {condition} flare is doing better, and she sent the nurses a "
    "card on {day}.",
    "Overdose number {n} from the same motel on {street}; the medics know room {room} by now.",
    "Admitted a {age}-year-old teacher from {place} with {condition} at {time}; she kept "
    "apologising for the trouble.",
    # advice to one person
    "{name}, with your sugar at {sugar} you should double the metformin tonight and skip the "
    "insulin until you see me on {day}.",
    "If your son still has a fever of {fever} tomorrow, give him {dose} mg of ibuprofen every "
    "{hours} hours and keep him home.",
    "You do not need the {days} days of antibiotics your GP gave you, just stop them and drink "
    "more water.",
    # venting and tone
    "Patient number {n} tonight who thinks the ER is a drive-through, and I am so done.",
    "Honestly, the frequent flyer in bed {room} needs to stop calling the nurses every minute.",
    "Administration cut {few} more night nurses on {ward} and then asked us to smile more, "
    "unbelievable.",
    # general health education, hard negatives
    "Reminder #{n} for everyone: chest pain that spreads to the arm or jaw is a reason to call "
    "911.",
    "Flu shots are free at most pharmacies this {month}, and they take {minutes} minutes.",
    "Most sore throats are viral and {share} of them get better in a week without antibiotics.",
    "Drink water, sleep, and see your own doctor if a cough lasts more than {weeks} weeks.",
    "Our clinic at {clinic_address} is open late on Thursdays; call the front desk at "
    "{clinic_phone}.",
    # colleagues and respectful disagreement
    "Huge congratulations to Dr. {colleague} on finishing residency after {years} years, so proud "
    "of you!",
    "I respectfully disagree with the {year} sepsis guideline; the evidence for the bundle is "
    "thin.",
    "Thank you to the night team on {ward} for covering {few} sick calls on {day} without a "
    "complaint.",
)

FILL = {
    "age": [str(n) for n in range(2, 96)],
    "person": ["man", "woman", "farmer", "retired firefighter", "student", "grandmother"],
    "place": ["Tignish", "Elmira", "Baddeck", "Moose Jaw", "Yarmouth", "Antigonish", "Gander"],
    "time": ["2 am", "3:40 this morning", "half past midnight", "6 pm", "the end of my shift"],
    "room": [str(n) for n in range(1, 40)],
    "days": [str(n) for n in range(2, 60)],
    "name": ["Mrs. Okafor", "Mr. Lindqvist", "Gordon", "Aunt Marie", "Priya", "Mr. Tremblay"],
    "phone": ["902-555-0143", "(416) 555-0199", "506 555 0172", "+1 709 555 0110"],
    "condition": ["lupus", "Wilson disease", "pemphigus", "sarcoidosis", "myasthenia gravis"],
    "day": ["Monday", "her birthday", "Christmas Eve", "Canada Day", "Sunday morning"],
    "street": ["Water Street", "Main St", "Route 2", "Queen Street East", "Portage Avenue"],
    "dose": ["200", "250", "300", "400"],
    "month": ["October", "November", "fall", "winter"],
    "clinic_address": ["120 Harbour Road", "45 King Street", "9 Elm Avenue"],
    "clinic_phone": ["902-555-0100", "613-555-0123"],
    "colleague": ["Nguyen", "Abara", "Kowalski", "Haddad", "MacLeod"],
    "ward": ["4 West", "the CCU", "paeds", "the step-down unit"],
    "n": [str(n) for n in range(2, 400)],
    "sugar": [f"{n / 10:g}" for n in range(140, 330, 3)],
    "fever": [f"{n / 10:g}" for n in range(380, 410)],
    "hours": ["four", "six", "eight"],
    "few": ["two", "three", "four", "five"],
    "minutes": [str(n) for n in range(5, 30)],
    "share": [f"{n}%" for n in range(70, 99)],
    "weeks": [str(n) for n in range(2, 9)],
    "years": [str(n) for n in range(3, 8)],
    "year": [str(n) for n in range(2016, 2027)],
}


def _sentence(rng: random.Random, used: set[str] | None) -> str:
    """A sentence, if possible one not in ``used`` (so that no two posts share a sentence the
    analyzer could answer from its cache)."""
    for _ in range(100):
        template = rng.choice(SENTENCES)
        sentence = template.format(**{key: rng.choice(choices) for key, choices in FILL.items()})
        if used is None or sentence not in used:
            break
    if used is not None:
        used.add(sentence)
    return sentence


def post(rng: random.Random, length: int, *, paragraph_chars: int = 0,
         used: set[str] | None = None) -> str:
    """A post of at most ``length`` characters (a few fewer: it ends at a word boundary).

    With ``paragraph_chars``, sentences are grouped into paragraphs of about that many characters
    separated by a blank line, as a long Facebook post is written."""
    text = paragraph = ""
    while len(text) <= length:
        sentence = _sentence(rng, used)
        if not text:
            sep = ""
        elif paragraph_chars and len(paragraph) + len(sentence) > paragraph_chars:
            sep, paragraph = "\n\n", ""
        else:
            sep = " "
        text += sep + sentence
        paragraph += sep + sentence
    return text[: text.rfind(" ", 0, length)].rstrip(" ,:;") + "."


def posts(seed: int, count: int, length: int, *, paragraph_chars: int = 0) -> list[str]:
    """``count`` posts (the same for the same seed) that share no sentence."""
    rng = random.Random(seed)
    used: set[str] = set()
    return [post(rng, length, paragraph_chars=paragraph_chars, used=used) for _ in range(count)]


EDIT_WORDS = ("so", "too", "very", "quite", "truly", "really", "awfully", "terribly", "extremely",
              "remarkably", "a", "to", "the", "just", "also", "still", "rather", "simply", "fairly")


def edited(text: str, rng: random.Random) -> str:
    """``text`` with one word replaced, as when the clinician goes back and fixes a word in a long
    post while typing."""
    starts = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i].isalpha()]
    start = end = rng.choice(starts)
    while end < len(text) and text[end].isalpha():
        end += 1
    # a word about as long, so that many edits keep the post about as long
    others = sorted((w for w in EDIT_WORDS if w != text[start:end]),
                    key=lambda w: (abs(len(w) - (end - start)), rng.random()))
    replacement = rng.choice(others[:3])
    return text[:start] + replacement + text[end:]


def edit_session(seed: int, length: int, count: int) -> list[str]:
    """A long post as first written, then ``count`` versions each one word on from the last."""
    rng = random.Random(seed)
    versions = [post(rng, length, paragraph_chars=400)]
    for _ in range(count):
        versions.append(edited(versions[-1], rng))
    return versions
