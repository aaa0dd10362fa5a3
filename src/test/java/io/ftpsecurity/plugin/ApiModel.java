package io.ftpsecurity.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The classes, superclasses and members (name, descriptor, access) of a set of class files: our own classes, the
 * exported API packages of an analyzer plugin jar, and the JDK, read lazily from its modules. Enough to resolve a
 * member reference as the JVM does when it links it.
 */
final class ApiModel {

  record Member(String name, String descriptor, int access) {
    boolean isAbstract() {
      return (access & Opcodes.ACC_ABSTRACT) != 0;
    }

    boolean isReachableByPlugins() {
      return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
    }
  }

  record ClassInfo(String name, int access, String superName, List<String> interfaces, Map<String, Member> methods,
    Map<String, Member> fields) {
    boolean isInterfaceOrAbstract() {
      return (access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0;
    }
  }

  private final Map<String, ClassInfo> classes = new HashMap<>();

  /** The classes under {@code folder}, e.g. target/classes. */
  void addFolder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        try (InputStream input = Files.newInputStream(file)) {
          add(input);
        }
      }
    }
  }

  /** The classes of a jar whose names start with one of the prefixes (internal names, {@code org/sonar/...}). */
  void addJar(Path jar, List<String> prefixes) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.endsWith(".class") && prefixes.stream().anyMatch(name::startsWith)) {
          try (InputStream input = zip.getInputStream(entry)) {
            add(input);
          }
        }
      }
    }
  }

  boolean contains(String className) {
    return find(className).isPresent();
  }

  Optional<ClassInfo> find(String className) {
    ClassInfo known = classes.get(className);
    if (known != null || !className.startsWith("java/")) {
      return Optional.ofNullable(known);
    }
    try (InputStream input = ClassLoader.getSystemResourceAsStream(className + ".class")) {
      return input == null ? Optional.empty() : Optional.of(add(input));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The member a reference links to: the class, then its superclasses, then every superinterface. */
  Optional<Member> resolve(String owner, String name, String descriptor, boolean field) {
    Deque<String> pending = new ArrayDeque<>(List.of(owner));
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      String current = pending.poll();
      if (!seen.add(current)) {
        continue;
      }
      Optional<ClassInfo> info = find(current);
      if (info.isEmpty()) {
        continue;
      }
      Member member = (field ? info.get().fields() : info.get().methods()).get(name + descriptor);
      if (member != null) {
        return Optional.of(member);
      }
      if (info.get().superName() != null) {
        pending.add(info.get().superName());
      }
      pending.addAll(info.get().interfaces());
    }
    return Optional.empty();
  }

  /** Every supertype of a class, itself excluded. */
  List<ClassInfo> supertypes(String className) {
    List<ClassInfo> found = new ArrayList<>();
    Deque<String> pending = new ArrayDeque<>();
    find(className).ifPresent(info -> {
      Optional.ofNullable(info.superName()).ifPresent(pending::add);
      pending.addAll(info.interfaces());
    });
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      String current = pending.poll();
      if (seen.add(current)) {
        find(current).ifPresent(info -> {
          found.add(info);
          Optional.ofNullable(info.superName()).ifPresent(pending::add);
          pending.addAll(info.interfaces());
        });
      }
    }
    return found;
  }

  private ClassInfo add(InputStream classFile) throws IOException {
    Map<String, Member> methods = new HashMap<>();
    Map<String, Member> fields = new HashMap<>();
    ClassInfo[] info = new ClassInfo[1];
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        info[0] = new ClassInfo(name, access, superName, List.of(interfaces), methods, fields);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        methods.put(name + descriptor, new Member(name, descriptor, access));
        return null;
      }

      @Override
      public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        fields.put(name + descriptor, new Member(name, descriptor, access));
        return null;
      }
    }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    classes.put(info[0].name(), info[0]);
    return info[0];
  }
}
