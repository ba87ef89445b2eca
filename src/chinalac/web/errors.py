"""Errors shown as pages: unknown country (404 with suggestions), bad parameters (422)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from chinalac.reference.countries import UnknownCountryError
from chinalac.web.i18n import gettext_for
from chinalac.web.pages import language, uncached_page


class InvalidParameter(ValueError):
    """A parameter that parsed but is not allowed here (e.g. a year the layer has no data for).

    `reader`, where given, is the page's one line in the reader's language: a msgid with
    %(name)s (the parameter) and the `values`' placeholders; `suggestions` are (link, msgid)
    pairs the page offers instead. Without it the page lists `name: message` (English)."""

    def __init__(
        self,
        name: str,
        message: str,
        reader: str | None = None,
        suggestions: list[tuple[str, str]] | None = None,
        **values,
    ):
        self.name = name
        self.message = message
        self.reader = reader
        self.suggestions = suggestions or []
        self.values = values
        super().__init__(f"{name}: {message}")


class OutOfRange(InvalidParameter):
    """A number that parses but is far outside what the page can show (a 400, not a 422)."""

    status_code = 400


class NotFound(LookupError):
    """A page that does not exist. `message` is a msgid, its %(name)s placeholders filled from
    `values`; a suggestion's label is a msgid or a function of the reader's language."""

    def __init__(
        self,
        message: str,
        suggestions: list[tuple[str, str | Callable[[str], str]]] | None = None,
        **values,
    ):
        self.message = message
        self.suggestions = suggestions or []
        self.values = values
        super().__init__(message % values if values else message)


def suggestion_labels(suggestions, lang: str) -> list[tuple[str, str]]:
    """(link, label) in the reader's language: a label function called with `lang`, a msgid
    translated (a name the catalogs do not hold stays as it is)."""
    _ = gettext_for(lang)
    return [(link, label(lang) if callable(label) else _(label)) for link, label in suggestions]


def install(app: FastAPI) -> None:
    @app.exception_handler(UnknownCountryError)
    async def unknown_country(request: Request, error: UnknownCountryError):
        _ = gettext_for(language(request))
        state = request.app.state.dashboard
        suggestions = []
        for label in error.suggestions:  # "Peru (PER)"
            iso3 = label.rsplit("(", 1)[-1].rstrip(")")
            suggestions.append((f"/country/{iso3}", state.country_name(iso3, language(request))))
        message = _("No CELAC state or China is called “%(name)s”.") % {"name": error.name}
        return uncached_page(
            request,
            "error.html",
            status_code=404,
            title=_("Country not found"),
            message=message,
            suggestions=suggestions,
            problems=[],
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        _ = gettext_for(language(request))
        return uncached_page(
            request,
            "error.html",
            status_code=404,
            title=_("Not found"),
            message=_(error.message) % error.values if error.values else _(error.message),
            suggestions=suggestion_labels(error.suggestions, language(request)),
            problems=[],
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        _ = gettext_for(language(request))
        if error.status_code == 404:
            title, message = _("Not found"), _("There is no page at this address.")
        else:
            title, message = str(error.status_code), str(error.detail)
        response = uncached_page(
            request,
            "error.html",
            status_code=error.status_code,
            title=title,
            message=message,
            suggestions=[],
            problems=[],
        )
        response.headers.update(error.headers or {})  # e.g. Retry-After on a busy 503
        return response

    @app.exception_handler(InvalidParameter)
    async def invalid_parameter(request: Request, error: InvalidParameter):
        _ = gettext_for(language(request))
        if error.reader:  # one line in the reader's words, naming the parameter
            message = _(error.reader) % {"name": error.name, **error.values}
            problems = []
        else:
            message, problems = _("A parameter is not valid."), [(error.name, error.message)]
        return uncached_page(
            request,
            "error.html",
            status_code=getattr(error, "status_code", 422),
            title=_("Invalid request"),
            message=message,
            suggestions=suggestion_labels(error.suggestions, language(request)),
            problems=problems,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        _ = gettext_for(language(request))
        problems = [
            (
                ".".join(str(part) for part in item.get("loc", ())[1:]) or "request",
                item.get("msg", ""),
            )
            for item in error.errors()
        ]
        return uncached_page(
            request,
            "error.html",
            status_code=422,
            title=_("Invalid request"),
            message=_("A parameter is not valid."),
            suggestions=[],
            problems=problems,
        )
