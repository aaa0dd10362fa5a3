package io.ftpsecurity.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The members our class files link to when they run: method calls, field accesses, method references
 * ({@code Foo::bar}), and the single method of each interface a lambda implements.
 */
final class MemberReferences {

  /** {@code from} is our class that holds the reference. */
  record Reference(String from, String owner, String name, String descriptor, boolean field) {
    @Override
    public String toString() {
      return owner.replace('/', '.') + (field ? "#" : ".") + name + descriptor + " (from " + from + ")";
    }
  }

  private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";

  private MemberReferences() {
  }

  static List<Reference> in(Path classes) throws IOException {
    List<Reference> references = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
        try (InputStream input = Files.newInputStream(file)) {
          collect(new ClassReader(input), references);
        }
      }
    }
    return references;
  }

  private static void collect(ClassReader reader, List<Reference> references) {
    String from = reader.getClassName();
    MethodVisitor code = new MethodVisitor(Opcodes.ASM9) {
      @Override
      public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        references.add(new Reference(from, owner, name, descriptor, false));
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        references.add(new Reference(from, owner, name, descriptor, true));
      }

      @Override
      public void visitLdcInsn(Object value) {
        if (value instanceof Handle handle) {
          add(handle);
        }
      }

      @Override
      public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        for (Object argument : arguments) {
          if (argument instanceof Handle handle) {
            add(handle);
          }
        }
        if (LAMBDA_FACTORY.equals(bootstrap.getOwner()) && arguments.length > 0 && arguments[0] instanceof Type method) {
          // the lambda implements this method of the interface the call site returns
          references.add(new Reference(from, Type.getReturnType(descriptor).getInternalName(), name, method.getDescriptor(), false));
        }
      }

      private void add(Handle handle) {
        boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
        references.add(new Reference(from, handle.getOwner(), handle.getName(), handle.getDesc(), field));
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return code;
      }
    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
  }
}
