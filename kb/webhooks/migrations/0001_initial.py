"""Webhooks move from the API app into their own: the tables stay where the API app
created them (db_table), so this only moves the models in Django's state."""

import django.db.models.deletion
import kb.webhooks.models
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('api', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Webhook',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('url', models.URLField(help_text='Where to POST notifications.', max_length=500, verbose_name='URL')),
                        ('secret', models.CharField(default=kb.webhooks.models.new_secret, help_text='Give this to the partner: it checks the X-KB-Signature header with it.', max_length=64, verbose_name='signing secret')),
                        ('is_active', models.BooleanField(default=True, verbose_name='active')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('api_key', models.ForeignKey(help_text='Notifications cover only what this key may read.', on_delete=django.db.models.deletion.CASCADE, related_name='webhooks', to='api.apikey', verbose_name='partner key')),
                    ],
                    options={
                        'verbose_name': 'webhook',
                        'verbose_name_plural': 'webhooks',
                        'ordering': ['api_key__name', 'url'],
                        'db_table': 'api_webhook',
                    },
                ),
                migrations.CreateModel(
                    name='WebhookDelivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('event', models.CharField(max_length=40)),
                        ('payload', models.JSONField()),
                        ('status', models.CharField(choices=[('pending', 'Pending'), ('delivered', 'Delivered'), ('failed', 'Failed (gave up)')], default='pending', max_length=16)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('next_attempt_at', models.DateTimeField()),
                        ('last_error', models.CharField(blank=True, max_length=300)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('delivered_at', models.DateTimeField(blank=True, null=True)),
                        ('webhook', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='webhooks.webhook')),
                    ],
                    options={
                        'verbose_name': 'webhook delivery',
                        'verbose_name_plural': 'webhook deliveries',
                        'ordering': ['pk'],
                        'db_table': 'api_webhookdelivery',
                        'indexes': [models.Index(fields=['status', 'next_attempt_at'], name='api_webhook_status_5921e6_idx')],
                    },
                ),
            ],
        ),
    ]
