"""`graph.analytics` behind the API: run where the store is, cached per store state."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from shobun.api.engine import Engine, call
from shobun.api.models import (
    CitedProvision,
    Entrustment,
    EntrustmentNetwork,
    EscalationChain,
    RepeatAddressee,
    Step,
)
from shobun.api.services.common import org_ref
from shobun.api.vocab import Keys

_cache: dict[tuple[int, int, str, str], Any] = {}


async def cached(engine: Engine, name: str, **kwargs: Any) -> Any:
    """The store does not change between updates, so neither do the answers."""
    key = (id(engine), engine.generation, name, repr(sorted(kwargs.items())))
    if key not in _cache:
        if len(_cache) > 64:
            _cache.clear()
        _cache[key] = await call(engine, name, **kwargs)
    return _cache[key]


async def repeat_addressees(engine: Engine, keys: Keys, min_notices: int) -> list[RepeatAddressee]:
    found = await cached(engine, "repeat_addressees", min_notices=min_notices)
    return [
        RepeatAddressee(
            organization=org_ref(keys, r.organization, r.label),
            corporate_number=r.corporate_number or None,
            notices=list(r.notices),
            actions=list(r.actions),
        )
        for r in found
    ]


async def escalation_chains(
    engine: Engine, keys: Keys, only_escalated: bool
) -> list[EscalationChain]:
    found = await cached(engine, "escalation_chains", only_escalated=only_escalated)
    return [
        EscalationChain(
            organization=org_ref(keys, c.organization, c.label),
            escalated=c.escalated,
            steps=[Step(**asdict(s)) for s in c.steps],
        )
        for c in found
    ]


async def most_cited(engine: Engine, keys: Keys, top: int) -> list[CitedProvision]:
    found = await cached(engine, "most_cited_provisions", top=top)
    return [
        CitedProvision(
            authority=org_ref(keys, c.authority, c.authority_label) if c.authority else None,
            year=c.year,
            provision=c.provision,
            label=c.label,
            notices=c.notices,
        )
        for c in found
    ]


async def entrustments(engine: Engine, keys: Keys) -> EntrustmentNetwork:
    found = await cached(engine, "entrustment_network")
    edges = [
        Entrustment(
            principal=org_ref(keys, e.principal, e.principal_label),
            agent=org_ref(keys, e.agent, e.agent_label),
        )
        for e in found.edges
    ]
    return EntrustmentNetwork(edges=edges, chains=[list(c) for c in found.chains])
