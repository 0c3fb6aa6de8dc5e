"""`/api/v1/organizations`: companies, authorities and public bodies."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from shobun.api.deps import SettingsDep, StoreDep
from shobun.api.errors import responses
from shobun.api.listing import LIST_CONTENT, FormatParam, PageParam, PerPageParam, paging, respond
from shobun.api.models import Envelope, Organization, OrganizationSummary
from shobun.api.services import orgs
from shobun.api.vocab import Keys

router = APIRouter(tags=["organizations"], responses=responses(400, 422, 503))
OrgKind = Literal["Company", "Authority", "PublicBody"]
OrgKey = Annotated[str, Path(min_length=1, max_length=300, description="the label (rdfs:label)")]


@router.get(
    "/organizations",
    response_model=Envelope[OrganizationSummary],
    responses={200: {"content": LIST_CONTENT}},
)
async def list_organizations(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="in the name or an alias")
    ] = None,
    kind: Annotated[OrgKind | None, Query(description="the sbo class")] = None,
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[OrganizationSummary] | Response:
    """Organizations whose name or alias contains `q`, most-sanctioned first."""
    p = paging(request, page, per_page, format_)
    found = await orgs.list_orgs(engine, Keys(settings.base_iri), q, kind, p.as_tuple())
    return respond(found, p)


@router.get("/organizations/{key}", response_model=Organization, responses=responses(404))
async def get_organization(
    key: OrgKey,
    engine: StoreDep,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="notices and actions shown")] = 100,
) -> Organization:
    """One organization: aliases, 法人番号, its notices and actions, whom it entrusted."""
    return await orgs.org_detail(engine, Keys(settings.base_iri), key, limit)
