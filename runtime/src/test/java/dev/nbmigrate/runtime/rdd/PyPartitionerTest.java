package dev.nbmigrate.runtime.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PyPartitionerTest {

    @Test
    void placesKeysWithPythonsModulo() {
        PyPartitioner partitioner = PyPartitioner.<Long>of(3, k -> k * 2);
        assertThat(partitioner.numPartitions()).isEqualTo(3);
        assertThat(partitioner.getPartition(2L)).isEqualTo(1);   // 4 % 3
        assertThat(partitioner.getPartition(-1L)).isEqualTo(1);  // -2 % 3 == 1 in Python, not -2
    }

    @Test
    void intKeysHashAsPythonHashesThem() {
        PyPartitioner partitioner = PyPartitioner.<Long>of(4, PyPartitioner::hashInt);
        assertThat(partitioner.getPartition(5L)).isEqualTo(1);
        assertThat(PyPartitioner.hashInt(-1L)).isEqualTo(-2L);   // hash(-1) == -2 in CPython
        assertThat(partitioner.getPartition(-1L)).isEqualTo(2);
        assertThat(PyPartitioner.hashInt(null)).isZero();
    }

    @Test
    void refusesNoPartitions() {
        assertThatThrownBy(() -> PyPartitioner.<Long>of(0, k -> k)).isInstanceOf(IllegalArgumentException.class);
    }
}
