"""tests/cluster runs only under `make test-cluster` (tests/support/run-cluster-test.sh),
which starts three OpenSearch nodes and exports CLUSTER_TEST_URLS."""

import os

collect_ignore_glob = [] if os.environ.get("CLUSTER_TEST_URLS") else ["test_*.py"]
