"""Real engines, started once for the session: Spark local[2] and a Dask
LocalCluster of two single-threaded worker processes. If one cannot start,
its tests error: nothing here skips."""

import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import corpus


@pytest.fixture(scope="session")
def rows() -> list[dict[str, Any]]:
    return corpus.records()


@pytest.fixture(scope="session")
def expected(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return corpus.expected(rows)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The executors' Python must be this one, which has abrege.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]")
        .appName("abrege-engines-test")
        .config("spark.executorEnv.RAYON_NUM_THREADS", "1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        env={"RAYON_NUM_THREADS": "1"},
        dashboard_address=None,
    )
    client = Client(cluster)
    client.wait_for_workers(2, timeout=120)
    yield client
    client.close()
    cluster.close()
