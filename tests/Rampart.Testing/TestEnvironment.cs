namespace Rampart.Testing;

/// <summary>
/// Addresses of the real servers the tests use, set by scripts/test.sh. A missing one fails the test with
/// a message saying how to provide it; integration tests are never skipped silently.
/// </summary>
public static class TestEnvironment
{
    /// <summary>Connection string of the shared PostgreSQL server (tests create their own databases on it).</summary>
    public static string PostgresConnectionString => Require("RAMPART_TEST_POSTGRES");

    /// <summary>AMQP URI of the shared RabbitMQ node (tests use their own exchange and queue names on it).</summary>
    public static Uri RabbitMqUri => new(Require("RAMPART_TEST_RABBITMQ"));

    /// <summary>StackExchange.Redis configuration of the shared Redis server (tests use key prefixes of their own on it).</summary>
    public static string RedisConfiguration => Require("RAMPART_TEST_REDIS");

    /// <summary>Folder of the PostgreSQL server binaries, for tests that run a private server they can stop and restart.</summary>
    public static string PostgresBinDirectory => Require("RAMPART_TEST_PG_BINDIR");

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the tests with scripts/test.sh, which starts private PostgreSQL, RabbitMQ and Redis servers and sets it.");
}
