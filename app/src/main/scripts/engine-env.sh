# Environment for ND4J's native libraries, sourced by the launchers before the JVM starts (the native
# libraries read these once, when they load). A value the user already set is kept.
# OpenMP threads spinning while OpenBLAS runs its own pool make small models 3-5x slower (docs: Threads).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
