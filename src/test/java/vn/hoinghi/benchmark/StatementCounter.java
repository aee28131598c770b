package vn.hoinghi.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements sent to the database (each execute, and each executeBatch once: one round trip), per
 * thread, so the benchmark can say how many statements each kind of task costs the app and the engine. Only in the
 * benchmark: the app's DataSource and the engine baseline's are wrapped here.
 */
final class StatementCounter {

    /** Every thread's statements together. */
    static final java.util.concurrent.atomic.LongAdder TOTAL = new java.util.concurrent.atomic.LongAdder();
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private StatementCounter() {
    }

    /** Statements this thread has sent so far. */
    static long current() {
        return COUNT.get()[0];
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (p, m, args) -> {
            Object result = call(target, m, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** Wraps the app's DataSource bean as it is created. */
    static BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
            }
        };
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (p, m, args) -> {
            Object result = call(target, m, args);
            if (result instanceof CallableStatement s) {
                return statement(CallableStatement.class, s);
            }
            if (result instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s);
            }
            if (result instanceof Statement s && m.getName().equals("createStatement")) {
                return statement(Statement.class, s);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target) {
        return proxy(type, target, (p, m, args) -> {
            if (EXECUTES.contains(m.getName())) {
                COUNT.get()[0]++;
                TOTAL.increment();
            }
            return call(target, m, args);
        });
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
