"""Bookkeeping of the background worker: one lease row per periodic job (so several
workers never run a job twice at once) and one heartbeat row per worker process."""

from django.db import models


class JobLease(models.Model):
    name = models.CharField(max_length=64, primary_key=True)
    next_run_at = models.DateTimeField(null=True, blank=True)
    locked_until = models.DateTimeField(null=True, blank=True)
    locked_by = models.CharField(max_length=200, blank=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    failures_in_a_row = models.PositiveIntegerField(default=0)
    runs = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "worker job"

    def __str__(self) -> str:
        return self.name


class WorkerHeartbeat(models.Model):
    worker_id = models.CharField(max_length=200, primary_key=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.worker_id
