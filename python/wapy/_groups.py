"""The groups API of :class:`wapy.Client` (a mixin of it).

Every call is a ``w:g2`` request answered by the server; it raises
:class:`wapy.RequestError` when the server refuses (the message carries its
code: 401 not an admin, 403 forbidden, 404 no such group...),
:class:`wapy.NotConnected` without a connection and
:class:`wapy.InvalidArgument` for an argument the request cannot carry.
Group metadata is cached and kept current by the group notifications
(``w:gp2``) the client receives.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import _core
from ._call import call
from ._core import GroupInfo, Jid, MembershipRequest, ParticipantResult

__all__ = ["GroupInfo", "GroupsMixin", "MembershipRequest", "ParticipantResult"]


class GroupsMixin:
    """Group requests; see :class:`wapy.Client`."""

    _core: _core.ClientCore

    async def get_group_info(self, group: Jid, *, refresh: bool = False) -> GroupInfo:
        """The metadata and members of ``group``, each member with their
        phone-number JID and LID when the server gave them. Answered from
        the cache (kept current by group notifications) unless ``refresh``
        or not cached."""
        info: GroupInfo = await call(
            lambda waker: _core.get_group_info(self._core, waker, group, refresh)
        )
        return info

    async def get_joined_groups(self) -> list[GroupInfo]:
        """Every group this account is a member of (refreshes the cache)."""
        groups: list[GroupInfo] = await call(
            lambda waker: _core.get_joined_groups(self._core, waker)
        )
        return groups

    async def create_group(self, name: str, participants: Iterable[Jid]) -> GroupInfo:
        """Creates a group named ``name`` with ``participants`` (phone-number
        or LID JIDs); this account is its super-admin. Returns its info, as
        the server answered: the server chooses the addressing (WhatsApp
        makes new groups LID-addressed), and the first send to the group
        already follows it."""
        members = list(participants)
        info: GroupInfo = await call(
            lambda waker: _core.create_group(self._core, waker, name, members)
        )
        return info

    async def set_group_subject(self, group: Jid, subject: str) -> None:
        """Renames ``group``."""
        await call(lambda waker: _core.set_group_subject(self._core, waker, group, subject))

    async def set_group_description(self, group: Jid, description: str | None) -> None:
        """Sets the description of ``group``; ``None`` or ``""`` deletes it."""
        await call(lambda waker: _core.set_group_description(self._core, waker, group, description))

    async def set_group_announce(self, group: Jid, announce: bool) -> None:
        """Lets only admins send messages (``True``), or every member."""
        await call(lambda waker: _core.set_group_announce(self._core, waker, group, announce))

    async def set_group_locked(self, group: Jid, locked: bool) -> None:
        """Lets only admins edit the group info (``True``), or every member."""
        await call(lambda waker: _core.set_group_locked(self._core, waker, group, locked))

    async def set_group_ephemeral(self, group: Jid, expiration: int) -> None:
        """Sets the disappearing-messages timer in seconds (``0`` turns it
        off; WhatsApp offers 86400, 604800 and 7776000)."""
        await call(lambda waker: _core.set_group_ephemeral(self._core, waker, group, expiration))

    async def set_group_membership_approval(self, group: Jid, enabled: bool) -> None:
        """Requires an admin's approval for new members (``True``) or not."""
        await call(
            lambda waker: _core.set_group_membership_approval(self._core, waker, group, enabled)
        )

    async def _participants(
        self, group: Jid, change: str, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        members = list(participants)
        results: list[ParticipantResult] = await call(
            lambda waker: _core.update_group_participants(self._core, waker, group, change, members)
        )
        return results

    async def add_participants(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Adds members; one :class:`wapy.ParticipantResult` each (``error``
        is the server's code for a member it refused: 403 privacy settings,
        404 not on WhatsApp, 409 already a member)."""
        return await self._participants(group, "add", participants)

    async def remove_participants(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Removes members; one :class:`wapy.ParticipantResult` each."""
        return await self._participants(group, "remove", participants)

    async def promote_participants(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Makes members admins; one :class:`wapy.ParticipantResult` each."""
        return await self._participants(group, "promote", participants)

    async def demote_participants(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Makes admins ordinary members; one :class:`wapy.ParticipantResult` each."""
        return await self._participants(group, "demote", participants)

    async def get_invite_link(self, group: Jid, *, reset: bool = False) -> str:
        """The invite link of ``group`` (``https://chat.whatsapp.com/CODE``);
        ``reset=True`` revokes the current one and returns a new one."""
        link: str = await call(lambda waker: _core.get_invite_link(self._core, waker, group, reset))
        return link

    async def join_group_with_link(self, code: str) -> Jid:
        """Joins the group of an invite link or code; returns the group. A
        group that needs approval files a join request instead (the group is
        returned all the same)."""
        jid: Jid = await call(lambda waker: _core.join_group_with_link(self._core, waker, code))
        return jid

    async def leave_group(self, group: Jid) -> None:
        """Leaves ``group``."""
        await call(lambda waker: _core.leave_group(self._core, waker, group))

    async def get_membership_requests(self, group: Jid) -> list[MembershipRequest]:
        """The pending join requests of ``group`` (admins only)."""
        requests: list[MembershipRequest] = await call(
            lambda waker: _core.get_membership_requests(self._core, waker, group)
        )
        return requests

    async def approve_membership_requests(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Approves join requests: the requesters become members."""
        members = list(participants)
        results: list[ParticipantResult] = await call(
            lambda waker: _core.answer_membership_requests(self._core, waker, group, members, True)
        )
        return results

    async def reject_membership_requests(
        self, group: Jid, participants: Iterable[Jid]
    ) -> list[ParticipantResult]:
        """Rejects join requests."""
        members = list(participants)
        results: list[ParticipantResult] = await call(
            lambda waker: _core.answer_membership_requests(self._core, waker, group, members, False)
        )
        return results

    async def link_group(self, parent: Jid, child: Jid) -> None:
        """Links the group ``child`` to the community ``parent`` as a subgroup."""
        await call(lambda waker: _core.link_group(self._core, waker, parent, child, True))

    async def unlink_group(self, parent: Jid, child: Jid) -> None:
        """Unlinks the subgroup ``child`` from the community ``parent``."""
        await call(lambda waker: _core.link_group(self._core, waker, parent, child, False))
