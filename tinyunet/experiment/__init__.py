"""The depth x filters experiment: the sweep of training runs over a grid and its repeats,
who runs them (a plain loop or Dask), the statistics and the report's tables and figures.
Builds on the teaching core (:mod:`tinyunet.runs`, :mod:`tinyunet.train`); nothing in the core
imports it but the command line."""
