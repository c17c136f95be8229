# kiln: no-record
# class_eval
class A; end
A.class_eval { def z; end }
