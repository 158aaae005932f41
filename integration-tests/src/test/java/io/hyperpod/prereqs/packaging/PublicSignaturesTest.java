package io.hyperpod.prereqs.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.test.SimulatedAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No internal type in a public signature: in the published modules (api, simulator-backend,
 * aws-backend, test-support), every public type outside the {@code internal} packages exposes
 * only public types through what a user can reach: its supertypes, public and protected fields,
 * constructors and methods (parameters, results, exceptions, type bounds, type arguments at any
 * depth). Read by reflection from the compiled classes, so generated types (Immutables' {@code
 * ImmutableX}) are covered too.
 */
class PublicSignaturesTest {
  private static final String ROOT = "io.hyperpod.prereqs.";

  /** One class of each published module, to find the module's classes on the class path. */
  private static final List<Class<?>> MODULES =
      List.of(HyperPodPrerequisites.class, AwsSimulator.class, AwsBackend.class, SimulatedAws.class);

  @Test
  void publicTypes_exposeNoInternalType() {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("public types found").hasSizeGreaterThan(200);

    Set<String> offending = new TreeSet<>();
    for (Class<?> type : types) {
      offending.addAll(internalTypesIn(type));
    }

    assertThat(offending).as("public signatures naming internal types").isEmpty();
  }

  @Test
  void rule_seesInternalTypesInResultsParametersAndTypeArguments() {
    assertThat(internalTypesIn(Exposing.class))
        .containsExactlyInAnyOrder(
            Exposing.class.getName() + ".result(): " + Hidden.class.getName(),
            Exposing.class.getName() + ".take(java.util.List): " + Hidden.class.getName());
    assertThat(isInternal(io.hyperpod.prereqs.simulator.internal.BackendContext.class)).isTrue();
    assertThat(isInternal(io.hyperpod.prereqs.spi.CloudBackend.class)).isFalse();
  }

  /** A sample that leaks {@link Hidden}, which the rule takes for internal. */
  public static class Exposing {
    /** Leaks in its result. */
    public Hidden result() {
      return null;
    }

    /** Leaks in a type argument of a parameter. */
    public void take(List<? extends Hidden> hidden) {}

    /** Not reachable: private. */
    @SuppressWarnings("unused")
    private Hidden quiet() {
      return null;
    }
  }

  /** Stands for an internal type in the sample. */
  static final class Hidden {}

  private static List<String> internalTypesIn(Class<?> type) {
    List<String> found = new ArrayList<>();
    List<Type> supertypes = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      supertypes.add(type.getGenericSuperclass());
    }
    Collections.addAll(supertypes, type.getGenericInterfaces());
    for (Type t : supertypes) {
      report(found, type.getName() + " (supertype)", t);
    }
    for (Field f : type.getDeclaredFields()) {
      if (reachable(f) && !f.isSynthetic()) {
        report(found, type.getName() + "." + f.getName(), f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (reachable(c) && !c.isSynthetic()) {
        executable(found, type, c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (reachable(m) && !m.isSynthetic() && !m.isBridge()) {
        executable(found, type, m);
        report(found, signature(type, m), m.getGenericReturnType());
      }
    }
    return found;
  }

  private static void executable(List<String> found, Class<?> type, Executable e) {
    String where = signature(type, e);
    for (Type p : e.getGenericParameterTypes()) {
      report(found, where, p);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      report(found, where, x);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      report(found, where, v);
    }
  }

  private static String signature(Class<?> type, Executable e) {
    String name = e instanceof Constructor ? "<init>" : e.getName();
    return type.getName() + "." + name + "("
        + Stream.of(e.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", "))
        + ")";
  }

  private static void report(List<String> found, String where, Type type) {
    Set<String> internals = new TreeSet<>();
    collect(type, internals, new java.util.HashSet<>());
    internals.forEach(i -> found.add(where + ": " + i));
  }

  private static void collect(Type type, Set<String> out, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (isInternal(c)) {
        out.add(c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      collect(p.getRawType(), out, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out, seen);
      }
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(b -> collect(b, out, seen));
    } else if (type instanceof GenericArrayType) {
      collect(((GenericArrayType) type).getGenericComponentType(), out, seen);
    } else if (type instanceof TypeVariable) {
      for (Type b : ((TypeVariable<?>) type).getBounds()) {
        collect(b, out, seen);
      }
    }
  }

  /** A type of an {@code internal} package of the project, or this test's stand-in for one. */
  static boolean isInternal(Class<?> c) {
    String name = c.getName();
    return c == Hidden.class
        || name.startsWith(ROOT) && (name.contains(".internal.") || !reachableType(c));
  }

  private static boolean reachable(Member m) {
    return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
  }

  /** Public, and nested only in public types. */
  private static boolean reachableType(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<Class<?>> publicTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> module : MODULES) {
      for (String name : classNames(location(module))) {
        if (name.contains(".internal.") || name.endsWith("package-info")
            || name.endsWith("module-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, PublicSignaturesTest.class.getClassLoader());
          if (reachableType(c) && !c.isSynthetic() && !c.isAnonymousClass()) {
            out.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    return out;
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> classNames(Path location) {
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          return files.map(location::relativize).map(Path::toString)
              .filter(n -> n.endsWith(".class"))
              .map(n -> n.substring(0, n.length() - 6).replace(java.io.File.separatorChar, '.'))
              .collect(Collectors.toList());
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return jar.stream().map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
            .map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
