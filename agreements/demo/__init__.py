"""Demo data: the seed agreement (``seed``), a synthetic data set (``synthetic``) and the
invented news site the demo source reads (``feed``)."""
