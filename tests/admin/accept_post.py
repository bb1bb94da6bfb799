"""What a browser posts when the accept page is submitted: every form as it was rendered."""

import datetime as dt


def _field_value(bound):
    value = bound.value()
    widget = bound.field.widget
    if getattr(widget, "input_type", None) == "checkbox":
        return "on" if value else None
    if isinstance(value, dt.date):
        return widget.format_value(value)  # as the browser shows it, in the locale's format
    if getattr(widget, "allow_multiple_selected", False) and not value:
        return None  # a browser posts nothing for an empty multiple select
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return "" if value is None else str(value)


def _form_data(form) -> dict:
    data = {}
    for bound in form:
        value = _field_value(bound)
        if value is not None:
            data[bound.html_name] = value
    return data


def rendered_post(context, **changes) -> dict:
    """The POST of the accept page unedited, with ``changes`` (html names) applied."""
    data = _form_data(context["form"])
    for formset in context["formsets"].values():
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            data.update(_form_data(form))
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data
