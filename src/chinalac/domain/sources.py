"""The tier of a cited source: how much a status may rest on it. Computed here, once.

    source_tier("https://english.www.gov.cn/news/…", "web-1a2b…", domains, overrides)
    → ("primary", "domain gov.cn: PRC central government portals …")

Tiers: `primary` (a government, the AIIB, a treaty text, an institution speaking of itself),
`reputable` (wire services, major newspapers and broadcasters, research institutes, journals)
and `weak` (tabloids, Wikipedia and its mirrors, aggregators, code-host copies, blogs,
advocacy sites). The table is data/knowledge/source_domains.csv, matched on the URL's host
(the longest listed domain that ends the host, on a dot boundary); a row of
data/knowledge/source_tier_overrides.csv (by source id or exact URL) wins over the domain.
A source that neither file classifies is `weak`: nobody has vetted it.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pandas as pd

TIERS = ("primary", "reputable", "weak")


def _host(url: str) -> str:
    host = urlparse(url.strip()).netloc.lower()
    return host.split("@")[-1].split(":")[0].removeprefix("www.")


def source_tier(
    url: str | None,
    source_id: str | None,
    domains: pd.DataFrame,
    overrides: pd.DataFrame | None = None,
) -> tuple[str, str]:
    """(tier, why) for one source: an override, else its URL's domain, else `weak`."""
    if overrides is not None and not overrides.empty:
        for key in (source_id, url):
            if key:
                match = overrides[overrides["source"] == key]
                if not match.empty:
                    return str(match.iloc[0]["tier"]), f"override: {match.iloc[0]['reason']}"
    host = _host(url or "")
    if host:
        best = None
        for row in domains.itertuples():
            domain = str(row.domain).lower()
            if (host == domain or host.endswith("." + domain)) and (
                best is None or len(domain) > len(best.domain)
            ):
                best = row
        if best is not None:
            return str(best.tier), f"domain {best.domain}: {best.note}"
        return "weak", f"domain {host} is not classified in source_domains.csv"
    return "weak", "no URL and no override"
