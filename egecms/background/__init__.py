"""Background work through Django's tasks API (django-tasks): what every app's ``tasks.py``
builds on.

- :mod:`.queues`: the RQ queue class that hands a job to Redis only when the database
  transaction that enqueued it commits, and gives every job its retries.
- :mod:`.mail`: e-mail sent at most once per key, so a retried task never sends twice.
- :mod:`.reporting`: a failed task is logged with its arguments and its error.
- :mod:`.health`: is the queue reachable, are workers alive, how many jobs failed.

The backend is chosen by the environment (``egecms.settings.tasks``): immediate by default
(everything runs inside the request, as ``make run`` needs), RQ on Redis with ``make worker``.
"""
