import pytest

from hazmat.errors import InputError
from hazmat.types import Conversation, Message, Verdict


def test_message_accepts_string_and_parts() -> None:
    m = Message.from_dict({"role": "user", "content": "hi"})
    assert m.text == "hi"
    parts = Message.from_dict({"role": "user", "content": [
        {"type": "text", "text": "look at this"},
        {"type": "image_url", "image_url": {"url": "file:///x.png"}},
        {"type": "text", "text": "and this"},
    ]})
    assert parts.text == "look at this\nand this"
    assert parts.to_dict()["content"][1] == {"type": "image_url", "image_url": {"url": "file:///x.png"}}


@pytest.mark.parametrize("bad, words", [
    ({"role": "robot", "content": "x"}, "role"),
    ({"role": "user"}, "missing 'content'"),
    ({"role": "user", "content": 3}, "string or a list"),
    ({"role": "user", "content": [{"text": "no type"}]}, "type"),
    ("just a string", "expected an object"),
])
def test_bad_messages_name_the_problem(bad: object, words: str) -> None:
    with pytest.raises(InputError, match=words):
        Message.from_dict(bad, where="messages[0]")  # type: ignore[arg-type]


def test_conversation_roles_and_context() -> None:
    conv = Conversation.of("how do I bake bread?", ("assistant", "Mix flour and water."))
    assert conv.last.role == "assistant"
    prev = conv.last_user_before_last()
    assert prev is not None and prev.text == "how do I bake bread?"
    assert Conversation.from_messages(conv.to_list()) == conv
    with pytest.raises(InputError):
        Conversation.from_messages([])


def test_unassessed_verdict_is_never_safe() -> None:
    v = Verdict.unassessable("hazmat", "empty text")
    assert v.flagged is None and v.unassessed == "empty text"
    assert v.to_dict()["flagged"] is None
