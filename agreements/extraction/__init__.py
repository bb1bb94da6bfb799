"""Indonesian cooperation-agreement extractor: plain Python over text and a gazetteer.

Public entry point: ``extract(text, published=...)`` returns an ``Extraction`` whose
``to_contract_dict(id)`` gives the JSON contract of the ``extract_agreement`` command.
No database and no Django are needed; reference data is read from ``agreements/data/``.
"""

__all__ = ["Extraction", "extract"]


def __getattr__(name):
    # Imported lazily so that using one helper module does not build the gazetteer.
    if name in __all__:
        from agreements.extraction import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
